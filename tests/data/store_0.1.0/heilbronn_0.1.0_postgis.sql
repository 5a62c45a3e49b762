--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: heilbronn_digital; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA heilbronn_digital;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: citizen_report_history; Type: TABLE; Schema: heilbronn_digital; Owner: -
--

CREATE TABLE heilbronn_digital.citizen_report_history (
    fid integer NOT NULL,
    service_request_id character varying,
    changed_at timestamp with time zone,
    status character varying,
    status_notes character varying,
    source_status character varying,
    source character varying
);


--
-- Name: citizen_report_history_fid_seq; Type: SEQUENCE; Schema: heilbronn_digital; Owner: -
--

CREATE SEQUENCE heilbronn_digital.citizen_report_history_fid_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: citizen_report_history_fid_seq; Type: SEQUENCE OWNED BY; Schema: heilbronn_digital; Owner: -
--

ALTER SEQUENCE heilbronn_digital.citizen_report_history_fid_seq OWNED BY heilbronn_digital.citizen_report_history.fid;


--
-- Name: citizen_reports; Type: TABLE; Schema: heilbronn_digital; Owner: -
--

CREATE TABLE heilbronn_digital.citizen_reports (
    fid integer NOT NULL,
    service_request_id character varying,
    service_code character varying,
    service_name character varying,
    status character varying,
    status_notes character varying,
    description character varying,
    agency_responsible character varying,
    address character varying,
    requested_datetime timestamp with time zone,
    updated_datetime timestamp with time zone,
    expected_datetime timestamp with time zone,
    source character varying,
    extra_json character varying,
    geom public.geometry(Point,25832)
);


--
-- Name: citizen_reports_fid_seq; Type: SEQUENCE; Schema: heilbronn_digital; Owner: -
--

CREATE SEQUENCE heilbronn_digital.citizen_reports_fid_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: citizen_reports_fid_seq; Type: SEQUENCE OWNED BY; Schema: heilbronn_digital; Owner: -
--

ALTER SEQUENCE heilbronn_digital.citizen_reports_fid_seq OWNED BY heilbronn_digital.citizen_reports.fid;


--
-- Name: city_boundary; Type: TABLE; Schema: heilbronn_digital; Owner: -
--

CREATE TABLE heilbronn_digital.city_boundary (
    fid integer NOT NULL,
    name character varying,
    municipality_key character varying,
    source character varying,
    geom public.geometry(MultiPolygon,25832)
);


--
-- Name: city_boundary_fid_seq; Type: SEQUENCE; Schema: heilbronn_digital; Owner: -
--

CREATE SEQUENCE heilbronn_digital.city_boundary_fid_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: city_boundary_fid_seq; Type: SEQUENCE OWNED BY; Schema: heilbronn_digital; Owner: -
--

ALTER SEQUENCE heilbronn_digital.city_boundary_fid_seq OWNED BY heilbronn_digital.city_boundary.fid;


--
-- Name: districts; Type: TABLE; Schema: heilbronn_digital; Owner: -
--

CREATE TABLE heilbronn_digital.districts (
    fid integer NOT NULL,
    name character varying,
    district_code character varying,
    population integer,
    source character varying,
    geom public.geometry(MultiPolygon,25832)
);


--
-- Name: districts_fid_seq; Type: SEQUENCE; Schema: heilbronn_digital; Owner: -
--

CREATE SEQUENCE heilbronn_digital.districts_fid_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: districts_fid_seq; Type: SEQUENCE OWNED BY; Schema: heilbronn_digital; Owner: -
--

ALTER SEQUENCE heilbronn_digital.districts_fid_seq OWNED BY heilbronn_digital.districts.fid;


--
-- Name: indoor_amenities; Type: TABLE; Schema: heilbronn_digital; Owner: -
--

CREATE TABLE heilbronn_digital.indoor_amenities (
    fid integer NOT NULL,
    amenity_id character varying,
    level_id character varying,
    building_id character varying,
    ordinal integer,
    category character varying,
    name character varying,
    source character varying,
    geom public.geometry(Point,25832)
);


--
-- Name: indoor_amenities_fid_seq; Type: SEQUENCE; Schema: heilbronn_digital; Owner: -
--

CREATE SEQUENCE heilbronn_digital.indoor_amenities_fid_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: indoor_amenities_fid_seq; Type: SEQUENCE OWNED BY; Schema: heilbronn_digital; Owner: -
--

ALTER SEQUENCE heilbronn_digital.indoor_amenities_fid_seq OWNED BY heilbronn_digital.indoor_amenities.fid;


--
-- Name: indoor_buildings; Type: TABLE; Schema: heilbronn_digital; Owner: -
--

CREATE TABLE heilbronn_digital.indoor_buildings (
    fid integer NOT NULL,
    building_id character varying,
    name character varying,
    address character varying,
    source character varying,
    geom public.geometry(MultiPolygon,25832)
);


--
-- Name: indoor_buildings_fid_seq; Type: SEQUENCE; Schema: heilbronn_digital; Owner: -
--

CREATE SEQUENCE heilbronn_digital.indoor_buildings_fid_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: indoor_buildings_fid_seq; Type: SEQUENCE OWNED BY; Schema: heilbronn_digital; Owner: -
--

ALTER SEQUENCE heilbronn_digital.indoor_buildings_fid_seq OWNED BY heilbronn_digital.indoor_buildings.fid;


--
-- Name: indoor_connectors; Type: TABLE; Schema: heilbronn_digital; Owner: -
--

CREATE TABLE heilbronn_digital.indoor_connectors (
    fid integer NOT NULL,
    connector_id character varying,
    kind character varying,
    level_id character varying,
    ordinal integer,
    building_id character varying,
    accessible integer,
    shaft_id character varying,
    name character varying,
    source character varying,
    geom public.geometry(Point,25832)
);


--
-- Name: indoor_connectors_fid_seq; Type: SEQUENCE; Schema: heilbronn_digital; Owner: -
--

CREATE SEQUENCE heilbronn_digital.indoor_connectors_fid_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: indoor_connectors_fid_seq; Type: SEQUENCE OWNED BY; Schema: heilbronn_digital; Owner: -
--

ALTER SEQUENCE heilbronn_digital.indoor_connectors_fid_seq OWNED BY heilbronn_digital.indoor_connectors.fid;


--
-- Name: indoor_hazards; Type: TABLE; Schema: heilbronn_digital; Owner: -
--

CREATE TABLE heilbronn_digital.indoor_hazards (
    fid integer NOT NULL,
    hazard_id character varying,
    level_id character varying,
    building_id character varying,
    ordinal integer,
    kind character varying,
    description character varying,
    buffer_m double precision,
    source character varying,
    geom public.geometry(Polygon,25832)
);


--
-- Name: indoor_hazards_fid_seq; Type: SEQUENCE; Schema: heilbronn_digital; Owner: -
--

CREATE SEQUENCE heilbronn_digital.indoor_hazards_fid_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: indoor_hazards_fid_seq; Type: SEQUENCE OWNED BY; Schema: heilbronn_digital; Owner: -
--

ALTER SEQUENCE heilbronn_digital.indoor_hazards_fid_seq OWNED BY heilbronn_digital.indoor_hazards.fid;


--
-- Name: indoor_levels; Type: TABLE; Schema: heilbronn_digital; Owner: -
--

CREATE TABLE heilbronn_digital.indoor_levels (
    fid integer NOT NULL,
    level_id character varying,
    building_id character varying,
    ordinal integer,
    short_name character varying,
    name character varying,
    source character varying,
    geom public.geometry(MultiPolygon,25832)
);


--
-- Name: indoor_levels_fid_seq; Type: SEQUENCE; Schema: heilbronn_digital; Owner: -
--

CREATE SEQUENCE heilbronn_digital.indoor_levels_fid_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: indoor_levels_fid_seq; Type: SEQUENCE OWNED BY; Schema: heilbronn_digital; Owner: -
--

ALTER SEQUENCE heilbronn_digital.indoor_levels_fid_seq OWNED BY heilbronn_digital.indoor_levels.fid;


--
-- Name: indoor_openings; Type: TABLE; Schema: heilbronn_digital; Owner: -
--

CREATE TABLE heilbronn_digital.indoor_openings (
    fid integer NOT NULL,
    opening_id character varying,
    level_id character varying,
    building_id character varying,
    ordinal integer,
    category character varying,
    width_m double precision,
    accessible integer,
    source character varying,
    geom public.geometry(LineString,25832)
);


--
-- Name: indoor_openings_fid_seq; Type: SEQUENCE; Schema: heilbronn_digital; Owner: -
--

CREATE SEQUENCE heilbronn_digital.indoor_openings_fid_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: indoor_openings_fid_seq; Type: SEQUENCE OWNED BY; Schema: heilbronn_digital; Owner: -
--

ALTER SEQUENCE heilbronn_digital.indoor_openings_fid_seq OWNED BY heilbronn_digital.indoor_openings.fid;


--
-- Name: indoor_spaces; Type: TABLE; Schema: heilbronn_digital; Owner: -
--

CREATE TABLE heilbronn_digital.indoor_spaces (
    fid integer NOT NULL,
    space_id character varying,
    level_id character varying,
    building_id character varying,
    ordinal integer,
    category character varying,
    name character varying,
    accessible integer,
    source character varying,
    geom public.geometry(Polygon,25832)
);


--
-- Name: indoor_spaces_fid_seq; Type: SEQUENCE; Schema: heilbronn_digital; Owner: -
--

CREATE SEQUENCE heilbronn_digital.indoor_spaces_fid_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: indoor_spaces_fid_seq; Type: SEQUENCE OWNED BY; Schema: heilbronn_digital; Owner: -
--

ALTER SEQUENCE heilbronn_digital.indoor_spaces_fid_seq OWNED BY heilbronn_digital.indoor_spaces.fid;


--
-- Name: parking_occupancy; Type: TABLE; Schema: heilbronn_digital; Owner: -
--

CREATE TABLE heilbronn_digital.parking_occupancy (
    fid integer NOT NULL,
    site_id character varying,
    observed_at timestamp with time zone,
    free integer,
    occupied integer,
    capacity integer,
    status character varying,
    quality character varying
);


--
-- Name: parking_occupancy_fid_seq; Type: SEQUENCE; Schema: heilbronn_digital; Owner: -
--

CREATE SEQUENCE heilbronn_digital.parking_occupancy_fid_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: parking_occupancy_fid_seq; Type: SEQUENCE OWNED BY; Schema: heilbronn_digital; Owner: -
--

ALTER SEQUENCE heilbronn_digital.parking_occupancy_fid_seq OWNED BY heilbronn_digital.parking_occupancy.fid;


--
-- Name: parking_sites; Type: TABLE; Schema: heilbronn_digital; Owner: -
--

CREATE TABLE heilbronn_digital.parking_sites (
    fid integer NOT NULL,
    site_id character varying,
    name character varying,
    site_type character varying,
    capacity integer,
    address character varying,
    operator character varying,
    source character varying,
    free_latest integer,
    occupancy_latest double precision,
    observed_latest timestamp with time zone,
    quality character varying,
    extra_json character varying,
    geom public.geometry(Point,25832)
);


--
-- Name: parking_occupancy_map; Type: VIEW; Schema: heilbronn_digital; Owner: -
--

CREATE VIEW heilbronn_digital.parking_occupancy_map AS
 SELECT o.fid,
    s.geom,
    o.site_id,
    s.name,
    s.site_type,
    o.observed_at,
    o.free,
    o.occupied,
    o.capacity,
    s.capacity AS site_capacity,
    o.status
   FROM (heilbronn_digital.parking_occupancy o
     JOIN heilbronn_digital.parking_sites s ON (((s.site_id)::text = (o.site_id)::text)));


--
-- Name: parking_sites_fid_seq; Type: SEQUENCE; Schema: heilbronn_digital; Owner: -
--

CREATE SEQUENCE heilbronn_digital.parking_sites_fid_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: parking_sites_fid_seq; Type: SEQUENCE OWNED BY; Schema: heilbronn_digital; Owner: -
--

ALTER SEQUENCE heilbronn_digital.parking_sites_fid_seq OWNED BY heilbronn_digital.parking_sites.fid;


--
-- Name: streets; Type: TABLE; Schema: heilbronn_digital; Owner: -
--

CREATE TABLE heilbronn_digital.streets (
    fid integer NOT NULL,
    name character varying,
    water_hardness character varying,
    source character varying,
    geom public.geometry(MultiLineString,25832)
);


--
-- Name: streets_fid_seq; Type: SEQUENCE; Schema: heilbronn_digital; Owner: -
--

CREATE SEQUENCE heilbronn_digital.streets_fid_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: streets_fid_seq; Type: SEQUENCE OWNED BY; Schema: heilbronn_digital; Owner: -
--

ALTER SEQUENCE heilbronn_digital.streets_fid_seq OWNED BY heilbronn_digital.streets.fid;


--
-- Name: citizen_report_history fid; Type: DEFAULT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.citizen_report_history ALTER COLUMN fid SET DEFAULT nextval('heilbronn_digital.citizen_report_history_fid_seq'::regclass);


--
-- Name: citizen_reports fid; Type: DEFAULT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.citizen_reports ALTER COLUMN fid SET DEFAULT nextval('heilbronn_digital.citizen_reports_fid_seq'::regclass);


--
-- Name: city_boundary fid; Type: DEFAULT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.city_boundary ALTER COLUMN fid SET DEFAULT nextval('heilbronn_digital.city_boundary_fid_seq'::regclass);


--
-- Name: districts fid; Type: DEFAULT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.districts ALTER COLUMN fid SET DEFAULT nextval('heilbronn_digital.districts_fid_seq'::regclass);


--
-- Name: indoor_amenities fid; Type: DEFAULT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.indoor_amenities ALTER COLUMN fid SET DEFAULT nextval('heilbronn_digital.indoor_amenities_fid_seq'::regclass);


--
-- Name: indoor_buildings fid; Type: DEFAULT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.indoor_buildings ALTER COLUMN fid SET DEFAULT nextval('heilbronn_digital.indoor_buildings_fid_seq'::regclass);


--
-- Name: indoor_connectors fid; Type: DEFAULT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.indoor_connectors ALTER COLUMN fid SET DEFAULT nextval('heilbronn_digital.indoor_connectors_fid_seq'::regclass);


--
-- Name: indoor_hazards fid; Type: DEFAULT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.indoor_hazards ALTER COLUMN fid SET DEFAULT nextval('heilbronn_digital.indoor_hazards_fid_seq'::regclass);


--
-- Name: indoor_levels fid; Type: DEFAULT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.indoor_levels ALTER COLUMN fid SET DEFAULT nextval('heilbronn_digital.indoor_levels_fid_seq'::regclass);


--
-- Name: indoor_openings fid; Type: DEFAULT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.indoor_openings ALTER COLUMN fid SET DEFAULT nextval('heilbronn_digital.indoor_openings_fid_seq'::regclass);


--
-- Name: indoor_spaces fid; Type: DEFAULT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.indoor_spaces ALTER COLUMN fid SET DEFAULT nextval('heilbronn_digital.indoor_spaces_fid_seq'::regclass);


--
-- Name: parking_occupancy fid; Type: DEFAULT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.parking_occupancy ALTER COLUMN fid SET DEFAULT nextval('heilbronn_digital.parking_occupancy_fid_seq'::regclass);


--
-- Name: parking_sites fid; Type: DEFAULT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.parking_sites ALTER COLUMN fid SET DEFAULT nextval('heilbronn_digital.parking_sites_fid_seq'::regclass);


--
-- Name: streets fid; Type: DEFAULT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.streets ALTER COLUMN fid SET DEFAULT nextval('heilbronn_digital.streets_fid_seq'::regclass);


--
-- Data for Name: citizen_report_history; Type: TABLE DATA; Schema: heilbronn_digital; Owner: -
--

COPY heilbronn_digital.citizen_report_history (fid, service_request_id, changed_at, status, status_notes, source_status, source) FROM stdin;
1	101005420892	2018-07-30 04:01:00+00	open	In progress - The request has been scheduled.	\N	open311status_toronto_requests_many.xml
2	101005420894	2018-07-30 04:01:00+00	open	In progress - The request has been scheduled.	\N	open311status_toronto_requests_many.xml
\.


--
-- Data for Name: citizen_reports; Type: TABLE DATA; Schema: heilbronn_digital; Owner: -
--

COPY heilbronn_digital.citizen_reports (fid, service_request_id, service_code, service_name, status, status_notes, description, agency_responsible, address, requested_datetime, updated_datetime, expected_datetime, source, extra_json, geom) FROM stdin;
1	101005420892	CSROWR-12	Road - Pot hole	open	In progress - The request has been scheduled.	\N	311 Toronto	Warden Ave / Freeman St, Scarborough	2018-07-30 04:01:00+00	\N	2018-08-03 04:01:00+00	open311status_toronto_requests_many.xml	{"address_id": "13459430"}	0101000020E8640000B2FF8D895A5354C19217199BA2AF6241
2	101005420894	CSROWR-12	Road - Pot hole	open	In progress - The request has been scheduled.	\N	311 Toronto	Parkette Pl / Danforth Ave, Scarborough	2018-07-30 04:01:00+00	\N	2018-08-03 04:01:00+00	open311status_toronto_requests_many.xml	{"address_id": "13458509"}	0101000020E86400002C44E107975254C16D1EA25C5CAF6241
\.


--
-- Data for Name: city_boundary; Type: TABLE DATA; Schema: heilbronn_digital; Owner: -
--

COPY heilbronn_digital.city_boundary (fid, name, municipality_key, source, geom) FROM stdin;
\.


--
-- Data for Name: districts; Type: TABLE DATA; Schema: heilbronn_digital; Owner: -
--

COPY heilbronn_digital.districts (fid, name, district_code, population, source, geom) FROM stdin;
\.


--
-- Data for Name: indoor_amenities; Type: TABLE DATA; Schema: heilbronn_digital; Owner: -
--

COPY heilbronn_digital.indoor_amenities (fid, amenity_id, level_id, building_id, ordinal, category, name, source, geom) FROM stdin;
\.


--
-- Data for Name: indoor_buildings; Type: TABLE DATA; Schema: heilbronn_digital; Owner: -
--

COPY heilbronn_digital.indoor_buildings (fid, building_id, name, address, source, geom) FROM stdin;
1	osm:openindoor6_house:w-103244	\N	\N	OSM openindoor6_house	0106000020E864000001000000010300000001000000090000007CFAF65FFFE405C173E3DA1C85485241348CF101D6E405C127C9518985485241789DA72C7CE405C1AC45B87586485241B083A9D85AE405C170754FCD86485241C86A11094BE405C1D2AF315085485241CCD8105D6CE405C17B799AF88448524168AC1830C6E405C131FDE90C8448524120716590EFE405C15FFDBC9F834852417CFAF65FFFE405C173E3DA1C85485241
\.


--
-- Data for Name: indoor_connectors; Type: TABLE DATA; Schema: heilbronn_digital; Owner: -
--

COPY heilbronn_digital.indoor_connectors (fid, connector_id, kind, level_id, ordinal, building_id, accessible, shaft_id, name, source, geom) FROM stdin;
\.


--
-- Data for Name: indoor_hazards; Type: TABLE DATA; Schema: heilbronn_digital; Owner: -
--

COPY heilbronn_digital.indoor_hazards (fid, hazard_id, level_id, building_id, ordinal, kind, description, buffer_m, source, geom) FROM stdin;
\.


--
-- Data for Name: indoor_levels; Type: TABLE DATA; Schema: heilbronn_digital; Owner: -
--

COPY heilbronn_digital.indoor_levels (fid, level_id, building_id, ordinal, short_name, name, source, geom) FROM stdin;
1	osm:openindoor6_house:w-103244:L1	osm:openindoor6_house:w-103244	1	1	\N	OSM openindoor6_house	0106000020E864000001000000010300000001000000090000007CFAF65FFFE405C173E3DA1C85485241348CF101D6E405C127C9518985485241789DA72C7CE405C1AC45B87586485241B083A9D85AE405C170754FCD86485241C86A11094BE405C1D2AF315085485241CCD8105D6CE405C17B799AF88448524168AC1830C6E405C131FDE90C8448524120716590EFE405C15FFDBC9F834852417CFAF65FFFE405C173E3DA1C85485241
2	osm:openindoor6_house:w-103244:L2	osm:openindoor6_house:w-103244	2	2	\N	OSM openindoor6_house	0106000020E864000001000000010300000001000000090000007CFAF65FFFE405C173E3DA1C85485241348CF101D6E405C127C9518985485241789DA72C7CE405C1AC45B87586485241B083A9D85AE405C170754FCD86485241C86A11094BE405C1D2AF315085485241CCD8105D6CE405C17B799AF88448524168AC1830C6E405C131FDE90C8448524120716590EFE405C15FFDBC9F834852417CFAF65FFFE405C173E3DA1C85485241
3	osm:openindoor6_house:w-103244:L0	osm:openindoor6_house:w-103244	0	0	\N	OSM openindoor6_house	0106000020E864000001000000010300000001000000090000007CFAF65FFFE405C173E3DA1C85485241348CF101D6E405C127C9518985485241789DA72C7CE405C1AC45B87586485241B083A9D85AE405C170754FCD86485241C86A11094BE405C1D2AF315085485241CCD8105D6CE405C17B799AF88448524168AC1830C6E405C131FDE90C8448524120716590EFE405C15FFDBC9F834852417CFAF65FFFE405C173E3DA1C85485241
\.


--
-- Data for Name: indoor_openings; Type: TABLE DATA; Schema: heilbronn_digital; Owner: -
--

COPY heilbronn_digital.indoor_openings (fid, opening_id, level_id, building_id, ordinal, category, width_m, accessible, source, geom) FROM stdin;
\.


--
-- Data for Name: indoor_spaces; Type: TABLE DATA; Schema: heilbronn_digital; Owner: -
--

COPY heilbronn_digital.indoor_spaces (fid, space_id, level_id, building_id, ordinal, category, name, accessible, source, geom) FROM stdin;
1	osm:openindoor6_house:w-103190	osm:openindoor6_house:w-103244:L1	osm:openindoor6_house:w-103244	1	corridor	\N	\N	OSM openindoor6_house	0103000020E864000001000000090000007CFAF65FFFE405C173E3DA1C85485241348CF101D6E405C127C9518985485241789DA72C7CE405C1AC45B87586485241B083A9D85AE405C170754FCD86485241C86A11094BE405C1D2AF315085485241CCD8105D6CE405C17B799AF88448524168AC1830C6E405C131FDE90C8448524120716590EFE405C15FFDBC9F834852417CFAF65FFFE405C173E3DA1C85485241
2	osm:openindoor6_house:w-103302	osm:openindoor6_house:w-103244:L2	osm:openindoor6_house:w-103244	2	room	\N	\N	OSM openindoor6_house	0103000020E864000001000000090000007CFAF65FFFE405C173E3DA1C85485241348CF101D6E405C127C9518985485241789DA72C7CE405C1AC45B87586485241B083A9D85AE405C170754FCD86485241C86A11094BE405C1D2AF315085485241CCD8105D6CE405C17B799AF88448524168AC1830C6E405C131FDE90C8448524120716590EFE405C15FFDBC9F834852417CFAF65FFFE405C173E3DA1C85485241
3	osm:openindoor6_house:w-103310	osm:openindoor6_house:w-103244:L2	osm:openindoor6_house:w-103244	2	room	kid room	\N	OSM openindoor6_house	0103000020E86400000100000005000000B083A9D85AE405C170754FCD86485241C86A11094BE405C1D2AF315085485241CCD8105D6CE405C17B799AF884485241789DA72C7CE405C1AC45B87586485241B083A9D85AE405C170754FCD86485241
4	osm:openindoor6_house:w-103320	osm:openindoor6_house:w-103244:L2	osm:openindoor6_house:w-103244	2	room	parent room	\N	OSM openindoor6_house	0103000020E864000001000000050000007CFAF65FFFE405C173E3DA1C8548524120716590EFE405C15FFDBC9F8348524168AC1830C6E405C131FDE90C84485241348CF101D6E405C127C95189854852417CFAF65FFFE405C173E3DA1C85485241
5	osm:openindoor6_house:w-103438	osm:openindoor6_house:w-103244:L0	osm:openindoor6_house:w-103244	0	corridor	\N	\N	OSM openindoor6_house	0103000020E864000001000000090000007CFAF65FFFE405C173E3DA1C85485241348CF101D6E405C127C9518985485241789DA72C7CE405C1AC45B87586485241B083A9D85AE405C170754FCD86485241C86A11094BE405C1D2AF315085485241CCD8105D6CE405C17B799AF88448524168AC1830C6E405C131FDE90C8448524120716590EFE405C15FFDBC9F834852417CFAF65FFFE405C173E3DA1C85485241
\.


--
-- Data for Name: parking_occupancy; Type: TABLE DATA; Schema: heilbronn_digital; Owner: -
--

COPY heilbronn_digital.parking_occupancy (fid, site_id, observed_at, free, occupied, capacity, status, quality) FROM stdin;
1	parkapi_v1:heilbronnambollwerksturm	2025-12-03 13:35:00+00	173	131	304	free	\N
2	parkapi_v1:heilbronnharmonie	2025-12-03 13:35:00+00	12	423	435	free	number_as_text,unknown_state
3	parkapi_v1:heilbronnwollhaus	2025-12-03 13:35:00+00	0	450	450	closed	\N
4	parkapi_v1:heilbronnkiliansplatz	2025-12-03 13:35:00+00	\N	\N	230	unknown	\N
\.


--
-- Data for Name: parking_sites; Type: TABLE DATA; Schema: heilbronn_digital; Owner: -
--

COPY heilbronn_digital.parking_sites (fid, site_id, name, site_type, capacity, address, operator, source, free_latest, occupancy_latest, observed_latest, quality, extra_json, geom) FROM stdin;
1	parkapi_v1:am-bollwerksturm	Am Bollwerksturm	garage	304	Mannheimer Str. 25	\N	ParkAPI_v1_Heilbronn.geojson	\N	\N	\N	\N	{"type": "Parkhaus"}	0101000020E86400006DD13B73D07A1F41C956FE1822C45441
2	parkapi_v1:city-parkhaus-experimenta	City-Parkhaus Experimenta	garage	500	Bahnhofstraße 6	\N	ParkAPI_v1_Heilbronn.geojson	\N	\N	\N	\N	{"type": "Parkhaus"}	0101000020E86400006BA51AB971771F419A36919ADDC35441
3	parkapi_v1:harmonie	Harmonie	garage	435	Allee 28	\N	ParkAPI_v1_Heilbronn.geojson	\N	\N	\N	\N	{"type": "Tiefgarage"}	0101000020E8640000F79EF22059851F41A57F35ACB8C35441
4	parkapi_v1:kiliansplatz	Kiliansplatz	garage	230	Kiliansstr. 11	\N	ParkAPI_v1_Heilbronn.geojson	\N	\N	\N	\N	{"type": "Parkhaus"}	0101000020E8640000630F327130801F4171B5D02999C35441
5	parkapi_v1:kaethchenhof	Käthchenhof	garage	67	Gerberstraße	\N	ParkAPI_v1_Heilbronn.geojson	\N	\N	\N	\N	{"type": "Tiefgarage"}	0101000020E864000007A2D9EC697C1F4193BEEC99D1C35441
6	parkapi_v1:stadtgalerie	Stadtgalerie	garage	660	Allerheiligenstraße	\N	ParkAPI_v1_Heilbronn.geojson	\N	\N	\N	\N	{"type": "Parkhaus"}	0101000020E86400008D0A7139947B1F41AC619CBD7BC35441
7	parkapi_v1:theaterforum-k3	Theaterforum K3	garage	460	Berliner Platz 12	\N	ParkAPI_v1_Heilbronn.geojson	\N	\N	\N	\N	{"type": "Tiefgarage"}	0101000020E8640000B22DD24319801F414774E84F1FC45441
8	parkapi_v1:wollhaus	Wollhaus	garage	450	Am Wollhaus	\N	ParkAPI_v1_Heilbronn.geojson	\N	\N	\N	\N	{"type": "Parkhaus"}	0101000020E8640000A8BC97703C801F41FD112DDE72C35441
9	parkapi_v1:heilbronnambollwerksturm	Am Bollwerksturm	garage	304	Mannheimer Str. 25	\N	parkapi_v1_heilbronn_lots.json	173	0.430921052631579	2025-12-03 13:35:00+00	\N	{"forecast": false, "region": "Innenstadt"}	0101000020E86400006DD13B73D07A1F41C956FE1822C45441
10	parkapi_v1:heilbronnharmonie	Harmonie	garage	435	Allee 28	\N	parkapi_v1_heilbronn_lots.json	12	0.972413793103448	2025-12-03 13:35:00+00	number_as_text	{"forecast": false}	0101000020E8640000F79EF22059851F41A57F35ACB8C35441
11	parkapi_v1:heilbronnwollhaus	Wollhaus	garage	450	\N	\N	parkapi_v1_heilbronn_lots.json	0	1	2025-12-03 13:35:00+00	no_position	{"forecast": false}	\N
12	parkapi_v1:heilbronnkiliansplatz	Kiliansplatz	garage	230	\N	\N	parkapi_v1_heilbronn_lots.json	\N	\N	\N	\N	{"forecast": false}	0101000020E8640000630F327130801F4171B5D02999C35441
\.


--
-- Data for Name: streets; Type: TABLE DATA; Schema: heilbronn_digital; Owner: -
--

COPY heilbronn_digital.streets (fid, name, water_hardness, source, geom) FROM stdin;
\.


--
-- Name: citizen_report_history_fid_seq; Type: SEQUENCE SET; Schema: heilbronn_digital; Owner: -
--

SELECT pg_catalog.setval('heilbronn_digital.citizen_report_history_fid_seq', 2, true);


--
-- Name: citizen_reports_fid_seq; Type: SEQUENCE SET; Schema: heilbronn_digital; Owner: -
--

SELECT pg_catalog.setval('heilbronn_digital.citizen_reports_fid_seq', 2, true);


--
-- Name: city_boundary_fid_seq; Type: SEQUENCE SET; Schema: heilbronn_digital; Owner: -
--

SELECT pg_catalog.setval('heilbronn_digital.city_boundary_fid_seq', 1, false);


--
-- Name: districts_fid_seq; Type: SEQUENCE SET; Schema: heilbronn_digital; Owner: -
--

SELECT pg_catalog.setval('heilbronn_digital.districts_fid_seq', 1, false);


--
-- Name: indoor_amenities_fid_seq; Type: SEQUENCE SET; Schema: heilbronn_digital; Owner: -
--

SELECT pg_catalog.setval('heilbronn_digital.indoor_amenities_fid_seq', 1, false);


--
-- Name: indoor_buildings_fid_seq; Type: SEQUENCE SET; Schema: heilbronn_digital; Owner: -
--

SELECT pg_catalog.setval('heilbronn_digital.indoor_buildings_fid_seq', 1, true);


--
-- Name: indoor_connectors_fid_seq; Type: SEQUENCE SET; Schema: heilbronn_digital; Owner: -
--

SELECT pg_catalog.setval('heilbronn_digital.indoor_connectors_fid_seq', 1, false);


--
-- Name: indoor_hazards_fid_seq; Type: SEQUENCE SET; Schema: heilbronn_digital; Owner: -
--

SELECT pg_catalog.setval('heilbronn_digital.indoor_hazards_fid_seq', 1, false);


--
-- Name: indoor_levels_fid_seq; Type: SEQUENCE SET; Schema: heilbronn_digital; Owner: -
--

SELECT pg_catalog.setval('heilbronn_digital.indoor_levels_fid_seq', 3, true);


--
-- Name: indoor_openings_fid_seq; Type: SEQUENCE SET; Schema: heilbronn_digital; Owner: -
--

SELECT pg_catalog.setval('heilbronn_digital.indoor_openings_fid_seq', 1, false);


--
-- Name: indoor_spaces_fid_seq; Type: SEQUENCE SET; Schema: heilbronn_digital; Owner: -
--

SELECT pg_catalog.setval('heilbronn_digital.indoor_spaces_fid_seq', 5, true);


--
-- Name: parking_occupancy_fid_seq; Type: SEQUENCE SET; Schema: heilbronn_digital; Owner: -
--

SELECT pg_catalog.setval('heilbronn_digital.parking_occupancy_fid_seq', 4, true);


--
-- Name: parking_sites_fid_seq; Type: SEQUENCE SET; Schema: heilbronn_digital; Owner: -
--

SELECT pg_catalog.setval('heilbronn_digital.parking_sites_fid_seq', 12, true);


--
-- Name: streets_fid_seq; Type: SEQUENCE SET; Schema: heilbronn_digital; Owner: -
--

SELECT pg_catalog.setval('heilbronn_digital.streets_fid_seq', 1, false);


--
-- Name: citizen_report_history citizen_report_history_pkey; Type: CONSTRAINT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.citizen_report_history
    ADD CONSTRAINT citizen_report_history_pkey PRIMARY KEY (fid);


--
-- Name: citizen_reports citizen_reports_pkey; Type: CONSTRAINT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.citizen_reports
    ADD CONSTRAINT citizen_reports_pkey PRIMARY KEY (fid);


--
-- Name: city_boundary city_boundary_name_key; Type: CONSTRAINT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.city_boundary
    ADD CONSTRAINT city_boundary_name_key UNIQUE (name);


--
-- Name: city_boundary city_boundary_pkey; Type: CONSTRAINT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.city_boundary
    ADD CONSTRAINT city_boundary_pkey PRIMARY KEY (fid);


--
-- Name: districts districts_name_key; Type: CONSTRAINT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.districts
    ADD CONSTRAINT districts_name_key UNIQUE (name);


--
-- Name: districts districts_pkey; Type: CONSTRAINT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.districts
    ADD CONSTRAINT districts_pkey PRIMARY KEY (fid);


--
-- Name: indoor_amenities indoor_amenities_amenity_id_key; Type: CONSTRAINT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.indoor_amenities
    ADD CONSTRAINT indoor_amenities_amenity_id_key UNIQUE (amenity_id);


--
-- Name: indoor_amenities indoor_amenities_pkey; Type: CONSTRAINT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.indoor_amenities
    ADD CONSTRAINT indoor_amenities_pkey PRIMARY KEY (fid);


--
-- Name: indoor_buildings indoor_buildings_building_id_key; Type: CONSTRAINT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.indoor_buildings
    ADD CONSTRAINT indoor_buildings_building_id_key UNIQUE (building_id);


--
-- Name: indoor_buildings indoor_buildings_pkey; Type: CONSTRAINT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.indoor_buildings
    ADD CONSTRAINT indoor_buildings_pkey PRIMARY KEY (fid);


--
-- Name: indoor_connectors indoor_connectors_connector_id_key; Type: CONSTRAINT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.indoor_connectors
    ADD CONSTRAINT indoor_connectors_connector_id_key UNIQUE (connector_id);


--
-- Name: indoor_connectors indoor_connectors_pkey; Type: CONSTRAINT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.indoor_connectors
    ADD CONSTRAINT indoor_connectors_pkey PRIMARY KEY (fid);


--
-- Name: indoor_hazards indoor_hazards_hazard_id_key; Type: CONSTRAINT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.indoor_hazards
    ADD CONSTRAINT indoor_hazards_hazard_id_key UNIQUE (hazard_id);


--
-- Name: indoor_hazards indoor_hazards_pkey; Type: CONSTRAINT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.indoor_hazards
    ADD CONSTRAINT indoor_hazards_pkey PRIMARY KEY (fid);


--
-- Name: indoor_levels indoor_levels_level_id_key; Type: CONSTRAINT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.indoor_levels
    ADD CONSTRAINT indoor_levels_level_id_key UNIQUE (level_id);


--
-- Name: indoor_levels indoor_levels_pkey; Type: CONSTRAINT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.indoor_levels
    ADD CONSTRAINT indoor_levels_pkey PRIMARY KEY (fid);


--
-- Name: indoor_openings indoor_openings_opening_id_key; Type: CONSTRAINT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.indoor_openings
    ADD CONSTRAINT indoor_openings_opening_id_key UNIQUE (opening_id);


--
-- Name: indoor_openings indoor_openings_pkey; Type: CONSTRAINT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.indoor_openings
    ADD CONSTRAINT indoor_openings_pkey PRIMARY KEY (fid);


--
-- Name: indoor_spaces indoor_spaces_pkey; Type: CONSTRAINT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.indoor_spaces
    ADD CONSTRAINT indoor_spaces_pkey PRIMARY KEY (fid);


--
-- Name: indoor_spaces indoor_spaces_space_id_key; Type: CONSTRAINT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.indoor_spaces
    ADD CONSTRAINT indoor_spaces_space_id_key UNIQUE (space_id);


--
-- Name: parking_occupancy parking_occupancy_pkey; Type: CONSTRAINT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.parking_occupancy
    ADD CONSTRAINT parking_occupancy_pkey PRIMARY KEY (fid);


--
-- Name: parking_sites parking_sites_pkey; Type: CONSTRAINT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.parking_sites
    ADD CONSTRAINT parking_sites_pkey PRIMARY KEY (fid);


--
-- Name: parking_sites parking_sites_site_id_key; Type: CONSTRAINT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.parking_sites
    ADD CONSTRAINT parking_sites_site_id_key UNIQUE (site_id);


--
-- Name: streets streets_name_key; Type: CONSTRAINT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.streets
    ADD CONSTRAINT streets_name_key UNIQUE (name);


--
-- Name: streets streets_pkey; Type: CONSTRAINT; Schema: heilbronn_digital; Owner: -
--

ALTER TABLE ONLY heilbronn_digital.streets
    ADD CONSTRAINT streets_pkey PRIMARY KEY (fid);


--
-- Name: citizen_reports_geom_geom_idx; Type: INDEX; Schema: heilbronn_digital; Owner: -
--

CREATE INDEX citizen_reports_geom_geom_idx ON heilbronn_digital.citizen_reports USING gist (geom);


--
-- Name: city_boundary_geom_geom_idx; Type: INDEX; Schema: heilbronn_digital; Owner: -
--

CREATE INDEX city_boundary_geom_geom_idx ON heilbronn_digital.city_boundary USING gist (geom);


--
-- Name: districts_geom_geom_idx; Type: INDEX; Schema: heilbronn_digital; Owner: -
--

CREATE INDEX districts_geom_geom_idx ON heilbronn_digital.districts USING gist (geom);


--
-- Name: indoor_amenities_geom_geom_idx; Type: INDEX; Schema: heilbronn_digital; Owner: -
--

CREATE INDEX indoor_amenities_geom_geom_idx ON heilbronn_digital.indoor_amenities USING gist (geom);


--
-- Name: indoor_buildings_geom_geom_idx; Type: INDEX; Schema: heilbronn_digital; Owner: -
--

CREATE INDEX indoor_buildings_geom_geom_idx ON heilbronn_digital.indoor_buildings USING gist (geom);


--
-- Name: indoor_connectors_geom_geom_idx; Type: INDEX; Schema: heilbronn_digital; Owner: -
--

CREATE INDEX indoor_connectors_geom_geom_idx ON heilbronn_digital.indoor_connectors USING gist (geom);


--
-- Name: indoor_hazards_geom_geom_idx; Type: INDEX; Schema: heilbronn_digital; Owner: -
--

CREATE INDEX indoor_hazards_geom_geom_idx ON heilbronn_digital.indoor_hazards USING gist (geom);


--
-- Name: indoor_levels_geom_geom_idx; Type: INDEX; Schema: heilbronn_digital; Owner: -
--

CREATE INDEX indoor_levels_geom_geom_idx ON heilbronn_digital.indoor_levels USING gist (geom);


--
-- Name: indoor_openings_geom_geom_idx; Type: INDEX; Schema: heilbronn_digital; Owner: -
--

CREATE INDEX indoor_openings_geom_geom_idx ON heilbronn_digital.indoor_openings USING gist (geom);


--
-- Name: indoor_spaces_geom_geom_idx; Type: INDEX; Schema: heilbronn_digital; Owner: -
--

CREATE INDEX indoor_spaces_geom_geom_idx ON heilbronn_digital.indoor_spaces USING gist (geom);


--
-- Name: ix_parking_occupancy_observed_at; Type: INDEX; Schema: heilbronn_digital; Owner: -
--

CREATE INDEX ix_parking_occupancy_observed_at ON heilbronn_digital.parking_occupancy USING btree (observed_at);


--
-- Name: parking_sites_geom_geom_idx; Type: INDEX; Schema: heilbronn_digital; Owner: -
--

CREATE INDEX parking_sites_geom_geom_idx ON heilbronn_digital.parking_sites USING gist (geom);


--
-- Name: streets_geom_geom_idx; Type: INDEX; Schema: heilbronn_digital; Owner: -
--

CREATE INDEX streets_geom_geom_idx ON heilbronn_digital.streets USING gist (geom);


--
-- Name: ux_citizen_report_history_key; Type: INDEX; Schema: heilbronn_digital; Owner: -
--

CREATE UNIQUE INDEX ux_citizen_report_history_key ON heilbronn_digital.citizen_report_history USING btree (source, service_request_id, changed_at, status);


--
-- Name: ux_citizen_reports_key; Type: INDEX; Schema: heilbronn_digital; Owner: -
--

CREATE UNIQUE INDEX ux_citizen_reports_key ON heilbronn_digital.citizen_reports USING btree (source, service_request_id);


--
-- Name: ux_city_boundary_key; Type: INDEX; Schema: heilbronn_digital; Owner: -
--

CREATE UNIQUE INDEX ux_city_boundary_key ON heilbronn_digital.city_boundary USING btree (name);


--
-- Name: ux_districts_key; Type: INDEX; Schema: heilbronn_digital; Owner: -
--

CREATE UNIQUE INDEX ux_districts_key ON heilbronn_digital.districts USING btree (name);


--
-- Name: ux_indoor_amenities_key; Type: INDEX; Schema: heilbronn_digital; Owner: -
--

CREATE UNIQUE INDEX ux_indoor_amenities_key ON heilbronn_digital.indoor_amenities USING btree (amenity_id);


--
-- Name: ux_indoor_buildings_key; Type: INDEX; Schema: heilbronn_digital; Owner: -
--

CREATE UNIQUE INDEX ux_indoor_buildings_key ON heilbronn_digital.indoor_buildings USING btree (building_id);


--
-- Name: ux_indoor_connectors_key; Type: INDEX; Schema: heilbronn_digital; Owner: -
--

CREATE UNIQUE INDEX ux_indoor_connectors_key ON heilbronn_digital.indoor_connectors USING btree (connector_id);


--
-- Name: ux_indoor_hazards_key; Type: INDEX; Schema: heilbronn_digital; Owner: -
--

CREATE UNIQUE INDEX ux_indoor_hazards_key ON heilbronn_digital.indoor_hazards USING btree (hazard_id);


--
-- Name: ux_indoor_levels_key; Type: INDEX; Schema: heilbronn_digital; Owner: -
--

CREATE UNIQUE INDEX ux_indoor_levels_key ON heilbronn_digital.indoor_levels USING btree (level_id);


--
-- Name: ux_indoor_openings_key; Type: INDEX; Schema: heilbronn_digital; Owner: -
--

CREATE UNIQUE INDEX ux_indoor_openings_key ON heilbronn_digital.indoor_openings USING btree (opening_id);


--
-- Name: ux_indoor_spaces_key; Type: INDEX; Schema: heilbronn_digital; Owner: -
--

CREATE UNIQUE INDEX ux_indoor_spaces_key ON heilbronn_digital.indoor_spaces USING btree (space_id);


--
-- Name: ux_parking_occupancy_key; Type: INDEX; Schema: heilbronn_digital; Owner: -
--

CREATE UNIQUE INDEX ux_parking_occupancy_key ON heilbronn_digital.parking_occupancy USING btree (site_id, observed_at);


--
-- Name: ux_parking_sites_key; Type: INDEX; Schema: heilbronn_digital; Owner: -
--

CREATE UNIQUE INDEX ux_parking_sites_key ON heilbronn_digital.parking_sites USING btree (site_id);


--
-- Name: ux_streets_key; Type: INDEX; Schema: heilbronn_digital; Owner: -
--

CREATE UNIQUE INDEX ux_streets_key ON heilbronn_digital.streets USING btree (name);


--
-- PostgreSQL database dump complete
--


