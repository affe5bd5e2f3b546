# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'logbook_recap_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QSpinBox, QTabWidget, QTableWidget, QVBoxLayout, QWidget

from wirausaha_app.ui.inputs.date_edit import OptionalDateEdit

class Ui_LogbookRecapDialog(object):
    def setupUi(self, LogbookRecapDialog):
        if not LogbookRecapDialog.objectName():
            LogbookRecapDialog.setObjectName(u"LogbookRecapDialog")
        LogbookRecapDialog.setMinimumSize(QSize(760, 480))
        self.mainLayout = QVBoxLayout(LogbookRecapDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.cohortLabel = QLabel(LogbookRecapDialog)
        self.cohortLabel.setObjectName(u"cohortLabel")

        self.topLayout.addWidget(self.cohortLabel)

        self.cohort = QComboBox(LogbookRecapDialog)
        self.cohort.setObjectName(u"cohort")

        self.topLayout.addWidget(self.cohort)

        self.weeksLabel = QLabel(LogbookRecapDialog)
        self.weeksLabel.setObjectName(u"weeksLabel")

        self.topLayout.addWidget(self.weeksLabel)

        self.weeks = QSpinBox(LogbookRecapDialog)
        self.weeks.setObjectName(u"weeks")
        self.weeks.setMinimum(1)
        self.weeks.setMaximum(52)
        self.weeks.setValue(2)

        self.topLayout.addWidget(self.weeks)

        self.asOfLabel = QLabel(LogbookRecapDialog)
        self.asOfLabel.setObjectName(u"asOfLabel")

        self.topLayout.addWidget(self.asOfLabel)

        self.asOf = OptionalDateEdit(LogbookRecapDialog)
        self.asOf.setObjectName(u"asOf")

        self.topLayout.addWidget(self.asOf)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)


        self.mainLayout.addLayout(self.topLayout)

        self.tabs = QTabWidget(LogbookRecapDialog)
        self.tabs.setObjectName(u"tabs")
        self.teamsTab = QWidget()
        self.teamsTab.setObjectName(u"teamsTab")
        self.teamsLayout = QVBoxLayout(self.teamsTab)
        self.teamsLayout.setObjectName(u"teamsLayout")
        self.teamsTable = QTableWidget(self.teamsTab)
        self.teamsTable.setObjectName(u"teamsTable")

        self.teamsLayout.addWidget(self.teamsTable)

        self.tabs.addTab(self.teamsTab, "")
        self.mentorsTab = QWidget()
        self.mentorsTab.setObjectName(u"mentorsTab")
        self.mentorsLayout = QVBoxLayout(self.mentorsTab)
        self.mentorsLayout.setObjectName(u"mentorsLayout")
        self.mentorsTable = QTableWidget(self.mentorsTab)
        self.mentorsTable.setObjectName(u"mentorsTable")

        self.mentorsLayout.addWidget(self.mentorsTable)

        self.tabs.addTab(self.mentorsTab, "")
        self.studentsTab = QWidget()
        self.studentsTab.setObjectName(u"studentsTab")
        self.studentsLayout = QVBoxLayout(self.studentsTab)
        self.studentsLayout.setObjectName(u"studentsLayout")
        self.studentsTable = QTableWidget(self.studentsTab)
        self.studentsTable.setObjectName(u"studentsTable")

        self.studentsLayout.addWidget(self.studentsTable)

        self.tabs.addTab(self.studentsTab, "")
        self.neverTab = QWidget()
        self.neverTab.setObjectName(u"neverTab")
        self.neverLayout = QVBoxLayout(self.neverTab)
        self.neverLayout.setObjectName(u"neverLayout")
        self.neverTable = QTableWidget(self.neverTab)
        self.neverTable.setObjectName(u"neverTable")

        self.neverLayout.addWidget(self.neverTable)

        self.tabs.addTab(self.neverTab, "")
        self.idleTab = QWidget()
        self.idleTab.setObjectName(u"idleTab")
        self.idleLayout = QVBoxLayout(self.idleTab)
        self.idleLayout.setObjectName(u"idleLayout")
        self.idleTable = QTableWidget(self.idleTab)
        self.idleTable.setObjectName(u"idleTable")

        self.idleLayout.addWidget(self.idleTable)

        self.tabs.addTab(self.idleTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(LogbookRecapDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.cohortLabel.setBuddy(self.cohort)
        self.weeksLabel.setBuddy(self.weeks)
        self.asOfLabel.setBuddy(self.asOf)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LogbookRecapDialog)

        QMetaObject.connectSlotsByName(LogbookRecapDialog)
    # setupUi

    def retranslateUi(self, LogbookRecapDialog):
        LogbookRecapDialog.setWindowTitle(QCoreApplication.translate("LogbookRecapDialog", u"Mentoring recaps", None))
        self.cohortLabel.setText(QCoreApplication.translate("LogbookRecapDialog", u"&Cohort:", None))
        self.weeksLabel.setText(QCoreApplication.translate("LogbookRecapDialog", u"&Idle for at least:", None))
        self.weeks.setSuffix(QCoreApplication.translate("LogbookRecapDialog", u" weeks", None))
        self.asOfLabel.setText(QCoreApplication.translate("LogbookRecapDialog", u"&As of:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.teamsTab), QCoreApplication.translate("LogbookRecapDialog", u"Hours per team", None))
        self.tabs.setTabText(self.tabs.indexOf(self.mentorsTab), QCoreApplication.translate("LogbookRecapDialog", u"Hours per mentor", None))
        self.tabs.setTabText(self.tabs.indexOf(self.studentsTab), QCoreApplication.translate("LogbookRecapDialog", u"Hours per student", None))
        self.tabs.setTabText(self.tabs.indexOf(self.neverTab), QCoreApplication.translate("LogbookRecapDialog", u"Never mentored", None))
        self.tabs.setTabText(self.tabs.indexOf(self.idleTab), QCoreApplication.translate("LogbookRecapDialog", u"Teams without a session", None))
    # retranslateUi

