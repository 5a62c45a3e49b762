"""The Processing provider ``heilbronn``: the stable id GIS staff script against."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..heilbronn_digital_plugin.toolbelt.i18n import tr
from ..heilbronn_digital_plugin.toolbelt.paths import ICON
from .emerging_hotspots import EmergingHotSpotsAlgorithm
from .hotspots import HotSpotsAlgorithm
from .import_citizen_reports import ImportCitizenReportsAlgorithm
from .import_floorplan import ImportFloorplanAlgorithm
from .import_parking import ImportParkingAlgorithm
from .indoor_route import IndoorRouteAlgorithm
from .kernel_density import KernelDensityAlgorithm
from .parking_search_traffic import ParkingSearchTrafficAlgorithm
from .publish_open_data import PublishOpenDataAlgorithm
from .run_feeds import RunFeedsAlgorithm

PROVIDER_ID = "heilbronn"


class HeilbronnProvider(QgsProcessingProvider):
    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return tr("Heilbronn Digital")

    def longName(self) -> str:
        return tr("Heilbronn Digital: analyses for the digital city")

    def icon(self) -> QIcon:
        return QIcon(str(ICON))

    def loadAlgorithms(self) -> None:
        for algorithm in (KernelDensityAlgorithm, HotSpotsAlgorithm, EmergingHotSpotsAlgorithm,
                          ImportCitizenReportsAlgorithm, ImportFloorplanAlgorithm,
                          ImportParkingAlgorithm, ParkingSearchTrafficAlgorithm,
                          IndoorRouteAlgorithm, PublishOpenDataAlgorithm,
                          RunFeedsAlgorithm):
            self.addAlgorithm(algorithm())
