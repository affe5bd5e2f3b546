# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cohorts_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout

from wirausaha_app.ui.dialogs.pickers import ChoiceCombo
from wirausaha_app.ui.inputs.date_edit import OptionalDateEdit

class Ui_CohortsDialog(object):
    def setupUi(self, CohortsDialog):
        if not CohortsDialog.objectName():
            CohortsDialog.setObjectName(u"CohortsDialog")
        CohortsDialog.setMinimumSize(QSize(480, 0))
        self.mainLayout = QVBoxLayout(CohortsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.errorSummary = QLabel(CohortsDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)
        self.errorSummary.setStyleSheet(u"color: #b71c1c; font-weight: 600;")

        self.mainLayout.addWidget(self.errorSummary)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(CohortsDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(CohortsDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.host_university_idLabel = QLabel(CohortsDialog)
        self.host_university_idLabel.setObjectName(u"host_university_idLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.host_university_idLabel)

        self.host_university_id = ChoiceCombo(CohortsDialog)
        self.host_university_id.setObjectName(u"host_university_id")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.host_university_id)

        self.yearLabel = QLabel(CohortsDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.year = QSpinBox(CohortsDialog)
        self.year.setObjectName(u"year")
        self.year.setMinimum(2020)
        self.year.setMaximum(2100)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.year)

        self.semesterLabel = QLabel(CohortsDialog)
        self.semesterLabel.setObjectName(u"semesterLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.semesterLabel)

        self.semester = QComboBox(CohortsDialog)
        self.semester.setObjectName(u"semester")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.semester)

        self.quota_totalLabel = QLabel(CohortsDialog)
        self.quota_totalLabel.setObjectName(u"quota_totalLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.quota_totalLabel)

        self.quota_total = QSpinBox(CohortsDialog)
        self.quota_total.setObjectName(u"quota_total")
        self.quota_total.setMinimum(-1)
        self.quota_total.setMaximum(100000)
        self.quota_total.setSpecialValueText(u"\u00a0")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.quota_total)

        self.quota_internal_percentLabel = QLabel(CohortsDialog)
        self.quota_internal_percentLabel.setObjectName(u"quota_internal_percentLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.quota_internal_percentLabel)

        self.quota_internal_percent = QSpinBox(CohortsDialog)
        self.quota_internal_percent.setObjectName(u"quota_internal_percent")
        self.quota_internal_percent.setMinimum(-1)
        self.quota_internal_percent.setMaximum(100)
        self.quota_internal_percent.setSpecialValueText(u"\u00a0")
        self.quota_internal_percent.setSuffix(u" %")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.quota_internal_percent)


        self.mainLayout.addLayout(self.form)

        self.stagesGroup = QGroupBox(CohortsDialog)
        self.stagesGroup.setObjectName(u"stagesGroup")
        self.stagesForm = QFormLayout(self.stagesGroup)
        self.stagesForm.setObjectName(u"stagesForm")
        self.stagesForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.pre_immersion_startLabel = QLabel(self.stagesGroup)
        self.pre_immersion_startLabel.setObjectName(u"pre_immersion_startLabel")

        self.stagesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pre_immersion_startLabel)

        self.pre_immersion_start = OptionalDateEdit(self.stagesGroup)
        self.pre_immersion_start.setObjectName(u"pre_immersion_start")

        self.stagesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pre_immersion_start)

        self.immersion_startLabel = QLabel(self.stagesGroup)
        self.immersion_startLabel.setObjectName(u"immersion_startLabel")

        self.stagesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.immersion_startLabel)

        self.immersion_start = OptionalDateEdit(self.stagesGroup)
        self.immersion_start.setObjectName(u"immersion_start")

        self.stagesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.immersion_start)

        self.post_immersion_startLabel = QLabel(self.stagesGroup)
        self.post_immersion_startLabel.setObjectName(u"post_immersion_startLabel")

        self.stagesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.post_immersion_startLabel)

        self.post_immersion_start = OptionalDateEdit(self.stagesGroup)
        self.post_immersion_start.setObjectName(u"post_immersion_start")

        self.stagesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.post_immersion_start)

        self.end_dateLabel = QLabel(self.stagesGroup)
        self.end_dateLabel.setObjectName(u"end_dateLabel")

        self.stagesForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.end_dateLabel)

        self.end_date = OptionalDateEdit(self.stagesGroup)
        self.end_date.setObjectName(u"end_date")

        self.stagesForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.end_date)

        self.expo_dateLabel = QLabel(self.stagesGroup)
        self.expo_dateLabel.setObjectName(u"expo_dateLabel")

        self.stagesForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.expo_dateLabel)

        self.expo_date = OptionalDateEdit(self.stagesGroup)
        self.expo_date.setObjectName(u"expo_date")

        self.stagesForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.expo_date)


        self.mainLayout.addWidget(self.stagesGroup)

        self.notesForm = QFormLayout()
        self.notesForm.setObjectName(u"notesForm")
        self.notesForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.notesLabel = QLabel(CohortsDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.notesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(CohortsDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 64))

        self.notesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.notes)


        self.mainLayout.addLayout(self.notesForm)

        self.buttonBox = QDialogButtonBox(CohortsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.host_university_idLabel.setBuddy(self.host_university_id)
        self.yearLabel.setBuddy(self.year)
        self.semesterLabel.setBuddy(self.semester)
        self.quota_totalLabel.setBuddy(self.quota_total)
        self.quota_internal_percentLabel.setBuddy(self.quota_internal_percent)
        self.pre_immersion_startLabel.setBuddy(self.pre_immersion_start)
        self.immersion_startLabel.setBuddy(self.immersion_start)
        self.post_immersion_startLabel.setBuddy(self.post_immersion_start)
        self.end_dateLabel.setBuddy(self.end_date)
        self.expo_dateLabel.setBuddy(self.expo_date)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CohortsDialog)

        QMetaObject.connectSlotsByName(CohortsDialog)
    # setupUi

    def retranslateUi(self, CohortsDialog):
        CohortsDialog.setWindowTitle(QCoreApplication.translate("CohortsDialog", u"Cohort", None))
        self.nameLabel.setText(QCoreApplication.translate("CohortsDialog", u"&Name *:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("CohortsDialog", u"WMK 2025 Ganjil Polije", None))
        self.host_university_idLabel.setText(QCoreApplication.translate("CohortsDialog", u"&Host university *:", None))
        self.yearLabel.setText(QCoreApplication.translate("CohortsDialog", u"&Year *:", None))
        self.semesterLabel.setText(QCoreApplication.translate("CohortsDialog", u"&Semester *:", None))
        self.quota_totalLabel.setText(QCoreApplication.translate("CohortsDialog", u"&Quota (students):", None))
        self.quota_internal_percentLabel.setText(QCoreApplication.translate("CohortsDialog", u"Own students (&%):", None))
        self.stagesGroup.setTitle(QCoreApplication.translate("CohortsDialog", u"Stages", None))
        self.pre_immersion_startLabel.setText(QCoreApplication.translate("CohortsDialog", u"&Pre-immersion starts:", None))
        self.immersion_startLabel.setText(QCoreApplication.translate("CohortsDialog", u"&Immersion starts:", None))
        self.post_immersion_startLabel.setText(QCoreApplication.translate("CohortsDialog", u"P&ost-immersion starts:", None))
        self.end_dateLabel.setText(QCoreApplication.translate("CohortsDialog", u"Semester &ends:", None))
        self.expo_dateLabel.setText(QCoreApplication.translate("CohortsDialog", u"E&xpo / Demo Day:", None))
        self.notesLabel.setText(QCoreApplication.translate("CohortsDialog", u"&Notes:", None))
    # retranslateUi

