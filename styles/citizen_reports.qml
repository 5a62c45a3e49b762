<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyDrawingTol="1" labelsEnabled="0" simplifyLocal="1" simplifyDrawingHints="1" simplifyAlgorithm="0" simplifyMaxScale="1" symbologyReferenceScale="-1" minScale="100000000" version="3.22.16-Białowieża" styleCategories="Symbology|Labeling|MapTips|Rendering|Temporal" hasScaleBasedVisibilityFlag="0" maxScale="0">
  <temporal limitMode="0" startField="" durationField="" enabled="1" endExpression="make_datetime(year((&quot;requested_datetime&quot; + make_interval(hours:=if(((month(&quot;requested_datetime&quot;) &gt; 3 AND month(&quot;requested_datetime&quot;) &lt; 10) OR (month(&quot;requested_datetime&quot;) = 3 AND day(&quot;requested_datetime&quot;) - day_of_week(&quot;requested_datetime&quot;) &gt;= 25 AND (day_of_week(&quot;requested_datetime&quot;) &gt; 0 OR hour(&quot;requested_datetime&quot;) &gt;= 1)) OR (month(&quot;requested_datetime&quot;) = 10 AND NOT (month(&quot;requested_datetime&quot;) = 10 AND day(&quot;requested_datetime&quot;) - day_of_week(&quot;requested_datetime&quot;) &gt;= 25 AND (day_of_week(&quot;requested_datetime&quot;) &gt; 0 OR hour(&quot;requested_datetime&quot;) &gt;= 1)))), 2, 1)))), month((&quot;requested_datetime&quot; + make_interval(hours:=if(((month(&quot;requested_datetime&quot;) &gt; 3 AND month(&quot;requested_datetime&quot;) &lt; 10) OR (month(&quot;requested_datetime&quot;) = 3 AND day(&quot;requested_datetime&quot;) - day_of_week(&quot;requested_datetime&quot;) &gt;= 25 AND (day_of_week(&quot;requested_datetime&quot;) &gt; 0 OR hour(&quot;requested_datetime&quot;) &gt;= 1)) OR (month(&quot;requested_datetime&quot;) = 10 AND NOT (month(&quot;requested_datetime&quot;) = 10 AND day(&quot;requested_datetime&quot;) - day_of_week(&quot;requested_datetime&quot;) &gt;= 25 AND (day_of_week(&quot;requested_datetime&quot;) &gt; 0 OR hour(&quot;requested_datetime&quot;) &gt;= 1)))), 2, 1)))), day((&quot;requested_datetime&quot; + make_interval(hours:=if(((month(&quot;requested_datetime&quot;) &gt; 3 AND month(&quot;requested_datetime&quot;) &lt; 10) OR (month(&quot;requested_datetime&quot;) = 3 AND day(&quot;requested_datetime&quot;) - day_of_week(&quot;requested_datetime&quot;) &gt;= 25 AND (day_of_week(&quot;requested_datetime&quot;) &gt; 0 OR hour(&quot;requested_datetime&quot;) &gt;= 1)) OR (month(&quot;requested_datetime&quot;) = 10 AND NOT (month(&quot;requested_datetime&quot;) = 10 AND day(&quot;requested_datetime&quot;) - day_of_week(&quot;requested_datetime&quot;) &gt;= 25 AND (day_of_week(&quot;requested_datetime&quot;) &gt; 0 OR hour(&quot;requested_datetime&quot;) &gt;= 1)))), 2, 1)))), hour((&quot;requested_datetime&quot; + make_interval(hours:=if(((month(&quot;requested_datetime&quot;) &gt; 3 AND month(&quot;requested_datetime&quot;) &lt; 10) OR (month(&quot;requested_datetime&quot;) = 3 AND day(&quot;requested_datetime&quot;) - day_of_week(&quot;requested_datetime&quot;) &gt;= 25 AND (day_of_week(&quot;requested_datetime&quot;) &gt; 0 OR hour(&quot;requested_datetime&quot;) &gt;= 1)) OR (month(&quot;requested_datetime&quot;) = 10 AND NOT (month(&quot;requested_datetime&quot;) = 10 AND day(&quot;requested_datetime&quot;) - day_of_week(&quot;requested_datetime&quot;) &gt;= 25 AND (day_of_week(&quot;requested_datetime&quot;) &gt; 0 OR hour(&quot;requested_datetime&quot;) &gt;= 1)))), 2, 1)))), minute((&quot;requested_datetime&quot; + make_interval(hours:=if(((month(&quot;requested_datetime&quot;) &gt; 3 AND month(&quot;requested_datetime&quot;) &lt; 10) OR (month(&quot;requested_datetime&quot;) = 3 AND day(&quot;requested_datetime&quot;) - day_of_week(&quot;requested_datetime&quot;) &gt;= 25 AND (day_of_week(&quot;requested_datetime&quot;) &gt; 0 OR hour(&quot;requested_datetime&quot;) &gt;= 1)) OR (month(&quot;requested_datetime&quot;) = 10 AND NOT (month(&quot;requested_datetime&quot;) = 10 AND day(&quot;requested_datetime&quot;) - day_of_week(&quot;requested_datetime&quot;) &gt;= 25 AND (day_of_week(&quot;requested_datetime&quot;) &gt; 0 OR hour(&quot;requested_datetime&quot;) &gt;= 1)))), 2, 1)))), second((&quot;requested_datetime&quot; + make_interval(hours:=if(((month(&quot;requested_datetime&quot;) &gt; 3 AND month(&quot;requested_datetime&quot;) &lt; 10) OR (month(&quot;requested_datetime&quot;) = 3 AND day(&quot;requested_datetime&quot;) - day_of_week(&quot;requested_datetime&quot;) &gt;= 25 AND (day_of_week(&quot;requested_datetime&quot;) &gt; 0 OR hour(&quot;requested_datetime&quot;) &gt;= 1)) OR (month(&quot;requested_datetime&quot;) = 10 AND NOT (month(&quot;requested_datetime&quot;) = 10 AND day(&quot;requested_datetime&quot;) - day_of_week(&quot;requested_datetime&quot;) &gt;= 25 AND (day_of_week(&quot;requested_datetime&quot;) &gt; 0 OR hour(&quot;requested_datetime&quot;) &gt;= 1)))), 2, 1)))))" startExpression="make_datetime(year((&quot;requested_datetime&quot; + make_interval(hours:=if(((month(&quot;requested_datetime&quot;) &gt; 3 AND month(&quot;requested_datetime&quot;) &lt; 10) OR (month(&quot;requested_datetime&quot;) = 3 AND day(&quot;requested_datetime&quot;) - day_of_week(&quot;requested_datetime&quot;) &gt;= 25 AND (day_of_week(&quot;requested_datetime&quot;) &gt; 0 OR hour(&quot;requested_datetime&quot;) &gt;= 1)) OR (month(&quot;requested_datetime&quot;) = 10 AND NOT (month(&quot;requested_datetime&quot;) = 10 AND day(&quot;requested_datetime&quot;) - day_of_week(&quot;requested_datetime&quot;) &gt;= 25 AND (day_of_week(&quot;requested_datetime&quot;) &gt; 0 OR hour(&quot;requested_datetime&quot;) &gt;= 1)))), 2, 1)))), month((&quot;requested_datetime&quot; + make_interval(hours:=if(((month(&quot;requested_datetime&quot;) &gt; 3 AND month(&quot;requested_datetime&quot;) &lt; 10) OR (month(&quot;requested_datetime&quot;) = 3 AND day(&quot;requested_datetime&quot;) - day_of_week(&quot;requested_datetime&quot;) &gt;= 25 AND (day_of_week(&quot;requested_datetime&quot;) &gt; 0 OR hour(&quot;requested_datetime&quot;) &gt;= 1)) OR (month(&quot;requested_datetime&quot;) = 10 AND NOT (month(&quot;requested_datetime&quot;) = 10 AND day(&quot;requested_datetime&quot;) - day_of_week(&quot;requested_datetime&quot;) &gt;= 25 AND (day_of_week(&quot;requested_datetime&quot;) &gt; 0 OR hour(&quot;requested_datetime&quot;) &gt;= 1)))), 2, 1)))), day((&quot;requested_datetime&quot; + make_interval(hours:=if(((month(&quot;requested_datetime&quot;) &gt; 3 AND month(&quot;requested_datetime&quot;) &lt; 10) OR (month(&quot;requested_datetime&quot;) = 3 AND day(&quot;requested_datetime&quot;) - day_of_week(&quot;requested_datetime&quot;) &gt;= 25 AND (day_of_week(&quot;requested_datetime&quot;) &gt; 0 OR hour(&quot;requested_datetime&quot;) &gt;= 1)) OR (month(&quot;requested_datetime&quot;) = 10 AND NOT (month(&quot;requested_datetime&quot;) = 10 AND day(&quot;requested_datetime&quot;) - day_of_week(&quot;requested_datetime&quot;) &gt;= 25 AND (day_of_week(&quot;requested_datetime&quot;) &gt; 0 OR hour(&quot;requested_datetime&quot;) &gt;= 1)))), 2, 1)))), hour((&quot;requested_datetime&quot; + make_interval(hours:=if(((month(&quot;requested_datetime&quot;) &gt; 3 AND month(&quot;requested_datetime&quot;) &lt; 10) OR (month(&quot;requested_datetime&quot;) = 3 AND day(&quot;requested_datetime&quot;) - day_of_week(&quot;requested_datetime&quot;) &gt;= 25 AND (day_of_week(&quot;requested_datetime&quot;) &gt; 0 OR hour(&quot;requested_datetime&quot;) &gt;= 1)) OR (month(&quot;requested_datetime&quot;) = 10 AND NOT (month(&quot;requested_datetime&quot;) = 10 AND day(&quot;requested_datetime&quot;) - day_of_week(&quot;requested_datetime&quot;) &gt;= 25 AND (day_of_week(&quot;requested_datetime&quot;) &gt; 0 OR hour(&quot;requested_datetime&quot;) &gt;= 1)))), 2, 1)))), minute((&quot;requested_datetime&quot; + make_interval(hours:=if(((month(&quot;requested_datetime&quot;) &gt; 3 AND month(&quot;requested_datetime&quot;) &lt; 10) OR (month(&quot;requested_datetime&quot;) = 3 AND day(&quot;requested_datetime&quot;) - day_of_week(&quot;requested_datetime&quot;) &gt;= 25 AND (day_of_week(&quot;requested_datetime&quot;) &gt; 0 OR hour(&quot;requested_datetime&quot;) &gt;= 1)) OR (month(&quot;requested_datetime&quot;) = 10 AND NOT (month(&quot;requested_datetime&quot;) = 10 AND day(&quot;requested_datetime&quot;) - day_of_week(&quot;requested_datetime&quot;) &gt;= 25 AND (day_of_week(&quot;requested_datetime&quot;) &gt; 0 OR hour(&quot;requested_datetime&quot;) &gt;= 1)))), 2, 1)))), second((&quot;requested_datetime&quot; + make_interval(hours:=if(((month(&quot;requested_datetime&quot;) &gt; 3 AND month(&quot;requested_datetime&quot;) &lt; 10) OR (month(&quot;requested_datetime&quot;) = 3 AND day(&quot;requested_datetime&quot;) - day_of_week(&quot;requested_datetime&quot;) &gt;= 25 AND (day_of_week(&quot;requested_datetime&quot;) &gt; 0 OR hour(&quot;requested_datetime&quot;) &gt;= 1)) OR (month(&quot;requested_datetime&quot;) = 10 AND NOT (month(&quot;requested_datetime&quot;) = 10 AND day(&quot;requested_datetime&quot;) - day_of_week(&quot;requested_datetime&quot;) &gt;= 25 AND (day_of_week(&quot;requested_datetime&quot;) &gt; 0 OR hour(&quot;requested_datetime&quot;) &gt;= 1)))), 2, 1)))))" durationUnit="min" fixedDuration="0" accumulate="0" mode="4" endField="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 type="categorizedSymbol" referencescale="-1" enableorderby="1" attr="service_name" forceraster="0" symbollevels="0">
    <categories>
      <category symbol="0" value="Straßenschaden" render="true" label="Road damage"/>
      <category symbol="1" value="Beleuchtung" render="true" label="Street lighting"/>
      <category symbol="2" value="Müll/Illegale Ablagerung" render="true" label="Litter / illegal dumping"/>
      <category symbol="3" value="Graffiti" render="true" label="Graffiti"/>
      <category symbol="4" value="Grünfläche" render="true" label="Green space"/>
      <category symbol="5" value="Verkehrszeichen" render="true" label="Traffic sign"/>
      <category symbol="6" value="Spielplatz" render="true" label="Playground"/>
      <category symbol="7" value="Radweg" render="true" label="Cycle path"/>
      <category symbol="8" value="Winterdienst" render="true" label="Winter service"/>
      <category symbol="9" value="" render="true" label="Other"/>
    </categories>
    <symbols>
      <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="cap_style" value="square"/>
            <Option type="QString" name="color" value="140,81,10,255"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="name" value="circle"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.3"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="2.4"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="cap_style" v="square"/>
          <prop k="color" v="140,81,10,255"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="name" v="circle"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.3"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="2.4"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option type="Map" name="properties">
                <Option type="Map" name="fillColor">
                  <Option type="bool" name="active" value="true"/>
                  <Option type="QString" name="expression" value="if(&quot;status&quot; = 'closed', set_color_part(@symbol_color, 'alpha', 40), @symbol_color)"/>
                  <Option type="int" name="type" value="3"/>
                </Option>
                <Option type="Map" name="outlineColor">
                  <Option type="bool" name="active" value="true"/>
                  <Option type="QString" name="expression" value="if(&quot;status&quot; = 'closed', set_color_part(@symbol_color, 'alpha', 150), '#ffffff')"/>
                  <Option type="int" name="type" value="3"/>
                </Option>
                <Option type="Map" name="size">
                  <Option type="bool" name="active" value="true"/>
                  <Option type="QString" name="expression" value="if(&quot;status&quot; = 'closed', 1.6, 2.4)"/>
                  <Option type="int" name="type" value="3"/>
                </Option>
              </Option>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="cap_style" value="square"/>
            <Option type="QString" name="color" value="241,184,7,255"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="name" value="circle"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.3"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="2.4"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="cap_style" v="square"/>
          <prop k="color" v="241,184,7,255"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="name" v="circle"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.3"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="2.4"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option type="Map" name="properties">
                <Option type="Map" name="fillColor">
                  <Option type="bool" name="active" value="true"/>
                  <Option type="QString" name="expression" value="if(&quot;status&quot; = 'closed', set_color_part(@symbol_color, 'alpha', 40), @symbol_color)"/>
                  <Option type="int" name="type" value="3"/>
                </Option>
                <Option type="Map" name="outlineColor">
                  <Option type="bool" name="active" value="true"/>
                  <Option type="QString" name="expression" value="if(&quot;status&quot; = 'closed', set_color_part(@symbol_color, 'alpha', 150), '#ffffff')"/>
                  <Option type="int" name="type" value="3"/>
                </Option>
                <Option type="Map" name="size">
                  <Option type="bool" name="active" value="true"/>
                  <Option type="QString" name="expression" value="if(&quot;status&quot; = 'closed', 1.6, 2.4)"/>
                  <Option type="int" name="type" value="3"/>
                </Option>
              </Option>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="2">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="cap_style" value="square"/>
            <Option type="QString" name="color" value="123,50,148,255"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="name" value="circle"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.3"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="2.4"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="cap_style" v="square"/>
          <prop k="color" v="123,50,148,255"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="name" v="circle"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.3"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="2.4"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option type="Map" name="properties">
                <Option type="Map" name="fillColor">
                  <Option type="bool" name="active" value="true"/>
                  <Option type="QString" name="expression" value="if(&quot;status&quot; = 'closed', set_color_part(@symbol_color, 'alpha', 40), @symbol_color)"/>
                  <Option type="int" name="type" value="3"/>
                </Option>
                <Option type="Map" name="outlineColor">
                  <Option type="bool" name="active" value="true"/>
                  <Option type="QString" name="expression" value="if(&quot;status&quot; = 'closed', set_color_part(@symbol_color, 'alpha', 150), '#ffffff')"/>
                  <Option type="int" name="type" value="3"/>
                </Option>
                <Option type="Map" name="size">
                  <Option type="bool" name="active" value="true"/>
                  <Option type="QString" name="expression" value="if(&quot;status&quot; = 'closed', 1.6, 2.4)"/>
                  <Option type="int" name="type" value="3"/>
                </Option>
              </Option>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="3">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="cap_style" value="square"/>
            <Option type="QString" name="color" value="231,41,138,255"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="name" value="circle"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.3"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="2.4"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="cap_style" v="square"/>
          <prop k="color" v="231,41,138,255"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="name" v="circle"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.3"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="2.4"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option type="Map" name="properties">
                <Option type="Map" name="fillColor">
                  <Option type="bool" name="active" value="true"/>
                  <Option type="QString" name="expression" value="if(&quot;status&quot; = 'closed', set_color_part(@symbol_color, 'alpha', 40), @symbol_color)"/>
                  <Option type="int" name="type" value="3"/>
                </Option>
                <Option type="Map" name="outlineColor">
                  <Option type="bool" name="active" value="true"/>
                  <Option type="QString" name="expression" value="if(&quot;status&quot; = 'closed', set_color_part(@symbol_color, 'alpha', 150), '#ffffff')"/>
                  <Option type="int" name="type" value="3"/>
                </Option>
                <Option type="Map" name="size">
                  <Option type="bool" name="active" value="true"/>
                  <Option type="QString" name="expression" value="if(&quot;status&quot; = 'closed', 1.6, 2.4)"/>
                  <Option type="int" name="type" value="3"/>
                </Option>
              </Option>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="4">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="cap_style" value="square"/>
            <Option type="QString" name="color" value="27,158,119,255"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="name" value="circle"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.3"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="2.4"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="cap_style" v="square"/>
          <prop k="color" v="27,158,119,255"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="name" v="circle"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.3"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="2.4"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option type="Map" name="properties">
                <Option type="Map" name="fillColor">
                  <Option type="bool" name="active" value="true"/>
                  <Option type="QString" name="expression" value="if(&quot;status&quot; = 'closed', set_color_part(@symbol_color, 'alpha', 40), @symbol_color)"/>
                  <Option type="int" name="type" value="3"/>
                </Option>
                <Option type="Map" name="outlineColor">
                  <Option type="bool" name="active" value="true"/>
                  <Option type="QString" name="expression" value="if(&quot;status&quot; = 'closed', set_color_part(@symbol_color, 'alpha', 150), '#ffffff')"/>
                  <Option type="int" name="type" value="3"/>
                </Option>
                <Option type="Map" name="size">
                  <Option type="bool" name="active" value="true"/>
                  <Option type="QString" name="expression" value="if(&quot;status&quot; = 'closed', 1.6, 2.4)"/>
                  <Option type="int" name="type" value="3"/>
                </Option>
              </Option>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="5">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="cap_style" value="square"/>
            <Option type="QString" name="color" value="33,102,172,255"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="name" value="circle"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.3"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="2.4"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="cap_style" v="square"/>
          <prop k="color" v="33,102,172,255"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="name" v="circle"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.3"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="2.4"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option type="Map" name="properties">
                <Option type="Map" name="fillColor">
                  <Option type="bool" name="active" value="true"/>
                  <Option type="QString" name="expression" value="if(&quot;status&quot; = 'closed', set_color_part(@symbol_color, 'alpha', 40), @symbol_color)"/>
                  <Option type="int" name="type" value="3"/>
                </Option>
                <Option type="Map" name="outlineColor">
                  <Option type="bool" name="active" value="true"/>
                  <Option type="QString" name="expression" value="if(&quot;status&quot; = 'closed', set_color_part(@symbol_color, 'alpha', 150), '#ffffff')"/>
                  <Option type="int" name="type" value="3"/>
                </Option>
                <Option type="Map" name="size">
                  <Option type="bool" name="active" value="true"/>
                  <Option type="QString" name="expression" value="if(&quot;status&quot; = 'closed', 1.6, 2.4)"/>
                  <Option type="int" name="type" value="3"/>
                </Option>
              </Option>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="6">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="cap_style" value="square"/>
            <Option type="QString" name="color" value="102,166,30,255"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="name" value="circle"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.3"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="2.4"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="cap_style" v="square"/>
          <prop k="color" v="102,166,30,255"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="name" v="circle"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.3"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="2.4"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option type="Map" name="properties">
                <Option type="Map" name="fillColor">
                  <Option type="bool" name="active" value="true"/>
                  <Option type="QString" name="expression" value="if(&quot;status&quot; = 'closed', set_color_part(@symbol_color, 'alpha', 40), @symbol_color)"/>
                  <Option type="int" name="type" value="3"/>
                </Option>
                <Option type="Map" name="outlineColor">
                  <Option type="bool" name="active" value="true"/>
                  <Option type="QString" name="expression" value="if(&quot;status&quot; = 'closed', set_color_part(@symbol_color, 'alpha', 150), '#ffffff')"/>
                  <Option type="int" name="type" value="3"/>
                </Option>
                <Option type="Map" name="size">
                  <Option type="bool" name="active" value="true"/>
                  <Option type="QString" name="expression" value="if(&quot;status&quot; = 'closed', 1.6, 2.4)"/>
                  <Option type="int" name="type" value="3"/>
                </Option>
              </Option>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="7">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="cap_style" value="square"/>
            <Option type="QString" name="color" value="217,95,2,255"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="name" value="circle"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.3"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="2.4"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="cap_style" v="square"/>
          <prop k="color" v="217,95,2,255"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="name" v="circle"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.3"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="2.4"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option type="Map" name="properties">
                <Option type="Map" name="fillColor">
                  <Option type="bool" name="active" value="true"/>
                  <Option type="QString" name="expression" value="if(&quot;status&quot; = 'closed', set_color_part(@symbol_color, 'alpha', 40), @symbol_color)"/>
                  <Option type="int" name="type" value="3"/>
                </Option>
                <Option type="Map" name="outlineColor">
                  <Option type="bool" name="active" value="true"/>
                  <Option type="QString" name="expression" value="if(&quot;status&quot; = 'closed', set_color_part(@symbol_color, 'alpha', 150), '#ffffff')"/>
                  <Option type="int" name="type" value="3"/>
                </Option>
                <Option type="Map" name="size">
                  <Option type="bool" name="active" value="true"/>
                  <Option type="QString" name="expression" value="if(&quot;status&quot; = 'closed', 1.6, 2.4)"/>
                  <Option type="int" name="type" value="3"/>
                </Option>
              </Option>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="8">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="cap_style" value="square"/>
            <Option type="QString" name="color" value="90,180,172,255"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="name" value="circle"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.3"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="2.4"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="cap_style" v="square"/>
          <prop k="color" v="90,180,172,255"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="name" v="circle"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.3"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="2.4"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option type="Map" name="properties">
                <Option type="Map" name="fillColor">
                  <Option type="bool" name="active" value="true"/>
                  <Option type="QString" name="expression" value="if(&quot;status&quot; = 'closed', set_color_part(@symbol_color, 'alpha', 40), @symbol_color)"/>
                  <Option type="int" name="type" value="3"/>
                </Option>
                <Option type="Map" name="outlineColor">
                  <Option type="bool" name="active" value="true"/>
                  <Option type="QString" name="expression" value="if(&quot;status&quot; = 'closed', set_color_part(@symbol_color, 'alpha', 150), '#ffffff')"/>
                  <Option type="int" name="type" value="3"/>
                </Option>
                <Option type="Map" name="size">
                  <Option type="bool" name="active" value="true"/>
                  <Option type="QString" name="expression" value="if(&quot;status&quot; = 'closed', 1.6, 2.4)"/>
                  <Option type="int" name="type" value="3"/>
                </Option>
              </Option>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="marker" force_rhr="0" clip_to_extent="1" alpha="1" name="9">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="cap_style" value="square"/>
            <Option type="QString" name="color" value="158,158,158,255"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="name" value="circle"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.3"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="2.4"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
          </Option>
          <prop k="angle" v="0"/>
          <prop k="cap_style" v="square"/>
          <prop k="color" v="158,158,158,255"/>
          <prop k="horizontal_anchor_point" v="1"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="name" v="circle"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,255,255,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.3"/>
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="scale_method" v="diameter"/>
          <prop k="size" v="2.4"/>
          <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="size_unit" v="MM"/>
          <prop k="vertical_anchor_point" v="1"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option type="Map" name="properties">
                <Option type="Map" name="fillColor">
                  <Option type="bool" name="active" value="true"/>
                  <Option type="QString" name="expression" value="if(&quot;status&quot; = 'closed', set_color_part(@symbol_color, 'alpha', 40), @symbol_color)"/>
                  <Option type="int" name="type" value="3"/>
                </Option>
                <Option type="Map" name="outlineColor">
                  <Option type="bool" name="active" value="true"/>
                  <Option type="QString" name="expression" value="if(&quot;status&quot; = 'closed', set_color_part(@symbol_color, 'alpha', 150), '#ffffff')"/>
                  <Option type="int" name="type" value="3"/>
                </Option>
                <Option type="Map" name="size">
                  <Option type="bool" name="active" value="true"/>
                  <Option type="QString" name="expression" value="if(&quot;status&quot; = 'closed', 1.6, 2.4)"/>
                  <Option type="int" name="type" value="3"/>
                </Option>
              </Option>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <rotation/>
    <sizescale/>
    <orderby>
      <orderByClause nullsFirst="0" asc="1">"status"</orderByClause>
    </orderby>
  </renderer-v2>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <mapTip>&lt;b&gt;[% replace(replace(replace(coalesce("service_name", ''), '&amp;', '&amp;amp;'), '&lt;', '&amp;lt;'), '&gt;', '&amp;gt;') %]&lt;/b&gt; ([% replace(replace(replace(coalesce("service_request_id", ''), '&amp;', '&amp;amp;'), '&lt;', '&amp;lt;'), '&gt;', '&amp;gt;') %])&lt;br&gt;Status: &lt;b&gt;[% if("status" = 'open', 'open', 'resolved') %]&lt;/b&gt; – [% replace(replace(replace(coalesce("status_notes", ''), '&amp;', '&amp;amp;'), '&lt;', '&amp;lt;'), '&gt;', '&amp;gt;') %]&lt;br&gt;Reported: [% coalesce(format_date(make_datetime(year(("requested_datetime" + make_interval(hours:=if(((month("requested_datetime") &gt; 3 AND month("requested_datetime") &lt; 10) OR (month("requested_datetime") = 3 AND day("requested_datetime") - day_of_week("requested_datetime") &gt;= 25 AND (day_of_week("requested_datetime") &gt; 0 OR hour("requested_datetime") &gt;= 1)) OR (month("requested_datetime") = 10 AND NOT (month("requested_datetime") = 10 AND day("requested_datetime") - day_of_week("requested_datetime") &gt;= 25 AND (day_of_week("requested_datetime") &gt; 0 OR hour("requested_datetime") &gt;= 1)))), 2, 1)))), month(("requested_datetime" + make_interval(hours:=if(((month("requested_datetime") &gt; 3 AND month("requested_datetime") &lt; 10) OR (month("requested_datetime") = 3 AND day("requested_datetime") - day_of_week("requested_datetime") &gt;= 25 AND (day_of_week("requested_datetime") &gt; 0 OR hour("requested_datetime") &gt;= 1)) OR (month("requested_datetime") = 10 AND NOT (month("requested_datetime") = 10 AND day("requested_datetime") - day_of_week("requested_datetime") &gt;= 25 AND (day_of_week("requested_datetime") &gt; 0 OR hour("requested_datetime") &gt;= 1)))), 2, 1)))), day(("requested_datetime" + make_interval(hours:=if(((month("requested_datetime") &gt; 3 AND month("requested_datetime") &lt; 10) OR (month("requested_datetime") = 3 AND day("requested_datetime") - day_of_week("requested_datetime") &gt;= 25 AND (day_of_week("requested_datetime") &gt; 0 OR hour("requested_datetime") &gt;= 1)) OR (month("requested_datetime") = 10 AND NOT (month("requested_datetime") = 10 AND day("requested_datetime") - day_of_week("requested_datetime") &gt;= 25 AND (day_of_week("requested_datetime") &gt; 0 OR hour("requested_datetime") &gt;= 1)))), 2, 1)))), hour(("requested_datetime" + make_interval(hours:=if(((month("requested_datetime") &gt; 3 AND month("requested_datetime") &lt; 10) OR (month("requested_datetime") = 3 AND day("requested_datetime") - day_of_week("requested_datetime") &gt;= 25 AND (day_of_week("requested_datetime") &gt; 0 OR hour("requested_datetime") &gt;= 1)) OR (month("requested_datetime") = 10 AND NOT (month("requested_datetime") = 10 AND day("requested_datetime") - day_of_week("requested_datetime") &gt;= 25 AND (day_of_week("requested_datetime") &gt; 0 OR hour("requested_datetime") &gt;= 1)))), 2, 1)))), minute(("requested_datetime" + make_interval(hours:=if(((month("requested_datetime") &gt; 3 AND month("requested_datetime") &lt; 10) OR (month("requested_datetime") = 3 AND day("requested_datetime") - day_of_week("requested_datetime") &gt;= 25 AND (day_of_week("requested_datetime") &gt; 0 OR hour("requested_datetime") &gt;= 1)) OR (month("requested_datetime") = 10 AND NOT (month("requested_datetime") = 10 AND day("requested_datetime") - day_of_week("requested_datetime") &gt;= 25 AND (day_of_week("requested_datetime") &gt; 0 OR hour("requested_datetime") &gt;= 1)))), 2, 1)))), second(("requested_datetime" + make_interval(hours:=if(((month("requested_datetime") &gt; 3 AND month("requested_datetime") &lt; 10) OR (month("requested_datetime") = 3 AND day("requested_datetime") - day_of_week("requested_datetime") &gt;= 25 AND (day_of_week("requested_datetime") &gt; 0 OR hour("requested_datetime") &gt;= 1)) OR (month("requested_datetime") = 10 AND NOT (month("requested_datetime") = 10 AND day("requested_datetime") - day_of_week("requested_datetime") &gt;= 25 AND (day_of_week("requested_datetime") &gt; 0 OR hour("requested_datetime") &gt;= 1)))), 2, 1))))), 'dd.MM.yyyy HH:mm'), '–') %]&lt;br&gt;Updated: [% coalesce(format_date(make_datetime(year(("updated_datetime" + make_interval(hours:=if(((month("updated_datetime") &gt; 3 AND month("updated_datetime") &lt; 10) OR (month("updated_datetime") = 3 AND day("updated_datetime") - day_of_week("updated_datetime") &gt;= 25 AND (day_of_week("updated_datetime") &gt; 0 OR hour("updated_datetime") &gt;= 1)) OR (month("updated_datetime") = 10 AND NOT (month("updated_datetime") = 10 AND day("updated_datetime") - day_of_week("updated_datetime") &gt;= 25 AND (day_of_week("updated_datetime") &gt; 0 OR hour("updated_datetime") &gt;= 1)))), 2, 1)))), month(("updated_datetime" + make_interval(hours:=if(((month("updated_datetime") &gt; 3 AND month("updated_datetime") &lt; 10) OR (month("updated_datetime") = 3 AND day("updated_datetime") - day_of_week("updated_datetime") &gt;= 25 AND (day_of_week("updated_datetime") &gt; 0 OR hour("updated_datetime") &gt;= 1)) OR (month("updated_datetime") = 10 AND NOT (month("updated_datetime") = 10 AND day("updated_datetime") - day_of_week("updated_datetime") &gt;= 25 AND (day_of_week("updated_datetime") &gt; 0 OR hour("updated_datetime") &gt;= 1)))), 2, 1)))), day(("updated_datetime" + make_interval(hours:=if(((month("updated_datetime") &gt; 3 AND month("updated_datetime") &lt; 10) OR (month("updated_datetime") = 3 AND day("updated_datetime") - day_of_week("updated_datetime") &gt;= 25 AND (day_of_week("updated_datetime") &gt; 0 OR hour("updated_datetime") &gt;= 1)) OR (month("updated_datetime") = 10 AND NOT (month("updated_datetime") = 10 AND day("updated_datetime") - day_of_week("updated_datetime") &gt;= 25 AND (day_of_week("updated_datetime") &gt; 0 OR hour("updated_datetime") &gt;= 1)))), 2, 1)))), hour(("updated_datetime" + make_interval(hours:=if(((month("updated_datetime") &gt; 3 AND month("updated_datetime") &lt; 10) OR (month("updated_datetime") = 3 AND day("updated_datetime") - day_of_week("updated_datetime") &gt;= 25 AND (day_of_week("updated_datetime") &gt; 0 OR hour("updated_datetime") &gt;= 1)) OR (month("updated_datetime") = 10 AND NOT (month("updated_datetime") = 10 AND day("updated_datetime") - day_of_week("updated_datetime") &gt;= 25 AND (day_of_week("updated_datetime") &gt; 0 OR hour("updated_datetime") &gt;= 1)))), 2, 1)))), minute(("updated_datetime" + make_interval(hours:=if(((month("updated_datetime") &gt; 3 AND month("updated_datetime") &lt; 10) OR (month("updated_datetime") = 3 AND day("updated_datetime") - day_of_week("updated_datetime") &gt;= 25 AND (day_of_week("updated_datetime") &gt; 0 OR hour("updated_datetime") &gt;= 1)) OR (month("updated_datetime") = 10 AND NOT (month("updated_datetime") = 10 AND day("updated_datetime") - day_of_week("updated_datetime") &gt;= 25 AND (day_of_week("updated_datetime") &gt; 0 OR hour("updated_datetime") &gt;= 1)))), 2, 1)))), second(("updated_datetime" + make_interval(hours:=if(((month("updated_datetime") &gt; 3 AND month("updated_datetime") &lt; 10) OR (month("updated_datetime") = 3 AND day("updated_datetime") - day_of_week("updated_datetime") &gt;= 25 AND (day_of_week("updated_datetime") &gt; 0 OR hour("updated_datetime") &gt;= 1)) OR (month("updated_datetime") = 10 AND NOT (month("updated_datetime") = 10 AND day("updated_datetime") - day_of_week("updated_datetime") &gt;= 25 AND (day_of_week("updated_datetime") &gt; 0 OR hour("updated_datetime") &gt;= 1)))), 2, 1))))), 'dd.MM.yyyy HH:mm'), '–') %]&lt;br&gt;[% if("expected_datetime" IS NULL, '', 'Expected by: ' || format_date(make_datetime(year(("expected_datetime" + make_interval(hours:=if(((month("expected_datetime") &gt; 3 AND month("expected_datetime") &lt; 10) OR (month("expected_datetime") = 3 AND day("expected_datetime") - day_of_week("expected_datetime") &gt;= 25 AND (day_of_week("expected_datetime") &gt; 0 OR hour("expected_datetime") &gt;= 1)) OR (month("expected_datetime") = 10 AND NOT (month("expected_datetime") = 10 AND day("expected_datetime") - day_of_week("expected_datetime") &gt;= 25 AND (day_of_week("expected_datetime") &gt; 0 OR hour("expected_datetime") &gt;= 1)))), 2, 1)))), month(("expected_datetime" + make_interval(hours:=if(((month("expected_datetime") &gt; 3 AND month("expected_datetime") &lt; 10) OR (month("expected_datetime") = 3 AND day("expected_datetime") - day_of_week("expected_datetime") &gt;= 25 AND (day_of_week("expected_datetime") &gt; 0 OR hour("expected_datetime") &gt;= 1)) OR (month("expected_datetime") = 10 AND NOT (month("expected_datetime") = 10 AND day("expected_datetime") - day_of_week("expected_datetime") &gt;= 25 AND (day_of_week("expected_datetime") &gt; 0 OR hour("expected_datetime") &gt;= 1)))), 2, 1)))), day(("expected_datetime" + make_interval(hours:=if(((month("expected_datetime") &gt; 3 AND month("expected_datetime") &lt; 10) OR (month("expected_datetime") = 3 AND day("expected_datetime") - day_of_week("expected_datetime") &gt;= 25 AND (day_of_week("expected_datetime") &gt; 0 OR hour("expected_datetime") &gt;= 1)) OR (month("expected_datetime") = 10 AND NOT (month("expected_datetime") = 10 AND day("expected_datetime") - day_of_week("expected_datetime") &gt;= 25 AND (day_of_week("expected_datetime") &gt; 0 OR hour("expected_datetime") &gt;= 1)))), 2, 1)))), hour(("expected_datetime" + make_interval(hours:=if(((month("expected_datetime") &gt; 3 AND month("expected_datetime") &lt; 10) OR (month("expected_datetime") = 3 AND day("expected_datetime") - day_of_week("expected_datetime") &gt;= 25 AND (day_of_week("expected_datetime") &gt; 0 OR hour("expected_datetime") &gt;= 1)) OR (month("expected_datetime") = 10 AND NOT (month("expected_datetime") = 10 AND day("expected_datetime") - day_of_week("expected_datetime") &gt;= 25 AND (day_of_week("expected_datetime") &gt; 0 OR hour("expected_datetime") &gt;= 1)))), 2, 1)))), minute(("expected_datetime" + make_interval(hours:=if(((month("expected_datetime") &gt; 3 AND month("expected_datetime") &lt; 10) OR (month("expected_datetime") = 3 AND day("expected_datetime") - day_of_week("expected_datetime") &gt;= 25 AND (day_of_week("expected_datetime") &gt; 0 OR hour("expected_datetime") &gt;= 1)) OR (month("expected_datetime") = 10 AND NOT (month("expected_datetime") = 10 AND day("expected_datetime") - day_of_week("expected_datetime") &gt;= 25 AND (day_of_week("expected_datetime") &gt; 0 OR hour("expected_datetime") &gt;= 1)))), 2, 1)))), second(("expected_datetime" + make_interval(hours:=if(((month("expected_datetime") &gt; 3 AND month("expected_datetime") &lt; 10) OR (month("expected_datetime") = 3 AND day("expected_datetime") - day_of_week("expected_datetime") &gt;= 25 AND (day_of_week("expected_datetime") &gt; 0 OR hour("expected_datetime") &gt;= 1)) OR (month("expected_datetime") = 10 AND NOT (month("expected_datetime") = 10 AND day("expected_datetime") - day_of_week("expected_datetime") &gt;= 25 AND (day_of_week("expected_datetime") &gt; 0 OR hour("expected_datetime") &gt;= 1)))), 2, 1))))), 'dd.MM.yyyy') || '&lt;br&gt;') %][% replace(replace(replace(coalesce("address", ''), '&amp;', '&amp;amp;'), '&lt;', '&amp;lt;'), '&gt;', '&amp;gt;') %]&lt;br&gt;&lt;i&gt;[% replace(replace(replace(coalesce("description", ''), '&amp;', '&amp;amp;'), '&lt;', '&amp;lt;'), '&gt;', '&amp;gt;') %]&lt;/i&gt;</mapTip>
  <layerGeometryType>0</layerGeometryType>
</qgis>
