# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        DashboardPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(DashboardPage)
        self.pageLayout.setSpacing(16)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 20, 24, -1)
        self.titleLabel = QLabel(DashboardPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.databaseLabel = QLabel(DashboardPage)
        self.databaseLabel.setObjectName(u"databaseLabel")
        self.databaseLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.databaseLabel)

        self.countsBox = QGroupBox(DashboardPage)
        self.countsBox.setObjectName(u"countsBox")
        self.countsGrid = QGridLayout(self.countsBox)
        self.countsGrid.setObjectName(u"countsGrid")
        self.countsGrid.setHorizontalSpacing(12)
        self.countsGrid.setVerticalSpacing(12)

        self.pageLayout.addWidget(self.countsBox)

        self.extraArea = QVBoxLayout()
        self.extraArea.setObjectName(u"extraArea")

        self.pageLayout.addLayout(self.extraArea)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)


        self.retranslateUi(DashboardPage)

        QMetaObject.connectSlotsByName(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        self.titleLabel.setText(QCoreApplication.translate("DashboardPage", u"Dashboard", None))
        self.countsBox.setTitle(QCoreApplication.translate("DashboardPage", u"Records", None))
        pass
    # retranslateUi

