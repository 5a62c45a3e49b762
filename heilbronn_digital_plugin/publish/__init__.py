"""Open-data publication: what may leave the store, how it is generalised, in which open
formats it is written and how it is described (DCAT-AP.de).

Everything that decides what is published lives here, free of Qt and QGIS except for the
translated messages and the server (``server_project``, ``server_api``); the Processing
algorithm ``heilbronn:publishopendata`` only reads its parameters and calls
:func:`publisher.publish`.
"""
