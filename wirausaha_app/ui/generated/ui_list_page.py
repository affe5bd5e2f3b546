# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'list_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget

class Ui_ListPage(object):
    def setupUi(self, ListPage):
        if not ListPage.objectName():
            ListPage.setObjectName(u"ListPage")
        ListPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(ListPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(12, 10, 12, 6)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(ListPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.newButton = QPushButton(ListPage)
        self.newButton.setObjectName(u"newButton")

        self.headerLayout.addWidget(self.newButton)

        self.editButton = QPushButton(ListPage)
        self.editButton.setObjectName(u"editButton")

        self.headerLayout.addWidget(self.editButton)

        self.deleteButton = QPushButton(ListPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.headerLayout.addWidget(self.deleteButton)


        self.pageLayout.addLayout(self.headerLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(ListPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(260, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.filterArea = QHBoxLayout()
        self.filterArea.setObjectName(u"filterArea")

        self.filterLayout.addLayout(self.filterArea)

        self.filterSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.countLabel = QLabel(ListPage)
        self.countLabel.setObjectName(u"countLabel")

        self.filterLayout.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(ListPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.table = QTableView(self.splitter)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.splitter.addWidget(self.table)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.verticalHeader().setVisible(False)
        self.detailArea = QScrollArea(self.splitter)
        self.detailArea.setObjectName(u"detailArea")
        self.detailArea.setMinimumSize(QSize(240, 0))
        self.detailArea.setWidgetResizable(True)
        self.detailWidget = QWidget()
        self.detailWidget.setObjectName(u"detailWidget")
        self.detailForm = QFormLayout(self.detailWidget)
        self.detailForm.setObjectName(u"detailForm")
        self.detailForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.detailArea.setWidget(self.detailWidget)
        self.splitter.addWidget(self.detailArea)

        self.pageLayout.addWidget(self.splitter)

        self.pageLayout.setStretch(2, 1)

        self.retranslateUi(ListPage)

        QMetaObject.connectSlotsByName(ListPage)
    # setupUi

    def retranslateUi(self, ListPage):
        self.newButton.setText(QCoreApplication.translate("ListPage", u"&New", None))
        self.editButton.setText(QCoreApplication.translate("ListPage", u"&Edit", None))
        self.deleteButton.setText(QCoreApplication.translate("ListPage", u"&Delete", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ListPage", u"Search\u2026", None))
        pass
    # retranslateUi

