# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'students_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout

from wirausaha_app.ui.dialogs.pickers import ChoiceCombo

class Ui_StudentsDialog(object):
    def setupUi(self, StudentsDialog):
        if not StudentsDialog.objectName():
            StudentsDialog.setObjectName(u"StudentsDialog")
        StudentsDialog.setMinimumSize(QSize(480, 0))
        self.mainLayout = QVBoxLayout(StudentsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.errorSummary = QLabel(StudentsDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)
        self.errorSummary.setStyleSheet(u"color: #b71c1c; font-weight: 600;")

        self.mainLayout.addWidget(self.errorSummary)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.university_idLabel = QLabel(StudentsDialog)
        self.university_idLabel.setObjectName(u"university_idLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.university_idLabel)

        self.university_id = ChoiceCombo(StudentsDialog)
        self.university_id.setObjectName(u"university_id")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.university_id)

        self.cohort_idLabel = QLabel(StudentsDialog)
        self.cohort_idLabel.setObjectName(u"cohort_idLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.cohort_idLabel)

        self.cohort_id = ChoiceCombo(StudentsDialog)
        self.cohort_id.setObjectName(u"cohort_id")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.cohort_id)

        self.nimLabel = QLabel(StudentsDialog)
        self.nimLabel.setObjectName(u"nimLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nimLabel)

        self.nim = QLineEdit(StudentsDialog)
        self.nim.setObjectName(u"nim")
        self.nim.setMaxLength(30)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nim)

        self.nameLabel = QLabel(StudentsDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(StudentsDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(200)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.name)

        self.study_programLabel = QLabel(StudentsDialog)
        self.study_programLabel.setObjectName(u"study_programLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.study_programLabel)

        self.study_program = QLineEdit(StudentsDialog)
        self.study_program.setObjectName(u"study_program")
        self.study_program.setMaxLength(200)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.study_program)

        self.semesterLabel = QLabel(StudentsDialog)
        self.semesterLabel.setObjectName(u"semesterLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.semesterLabel)

        self.semester = QSpinBox(StudentsDialog)
        self.semester.setObjectName(u"semester")
        self.semester.setMinimum(0)
        self.semester.setMaximum(14)
        self.semester.setSpecialValueText(u"\u00a0")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.semester)

        self.genderLabel = QLabel(StudentsDialog)
        self.genderLabel.setObjectName(u"genderLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.gender = QComboBox(StudentsDialog)
        self.gender.setObjectName(u"gender")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.gender)

        self.statusLabel = QLabel(StudentsDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(StudentsDialog)
        self.status.setObjectName(u"status")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.status)

        self.phoneLabel = QLabel(StudentsDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(StudentsDialog)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.phone)

        self.emailLabel = QLabel(StudentsDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(StudentsDialog)
        self.email.setObjectName(u"email")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.email)

        self.nikLabel = QLabel(StudentsDialog)
        self.nikLabel.setObjectName(u"nikLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.nikLabel)

        self.nik = QLineEdit(StudentsDialog)
        self.nik.setObjectName(u"nik")
        self.nik.setMaxLength(24)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.nik)

        self.notesLabel = QLabel(StudentsDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(StudentsDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 64))

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.notes)


        self.mainLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(StudentsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.university_idLabel.setBuddy(self.university_id)
        self.cohort_idLabel.setBuddy(self.cohort_id)
        self.nimLabel.setBuddy(self.nim)
        self.nameLabel.setBuddy(self.name)
        self.study_programLabel.setBuddy(self.study_program)
        self.semesterLabel.setBuddy(self.semester)
        self.genderLabel.setBuddy(self.gender)
        self.statusLabel.setBuddy(self.status)
        self.phoneLabel.setBuddy(self.phone)
        self.emailLabel.setBuddy(self.email)
        self.nikLabel.setBuddy(self.nik)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StudentsDialog)

        QMetaObject.connectSlotsByName(StudentsDialog)
    # setupUi

    def retranslateUi(self, StudentsDialog):
        StudentsDialog.setWindowTitle(QCoreApplication.translate("StudentsDialog", u"Student", None))
        self.university_idLabel.setText(QCoreApplication.translate("StudentsDialog", u"&University *:", None))
#if QT_CONFIG(tooltip)
        self.university_id.setToolTip(QCoreApplication.translate("StudentsDialog", u"The student's own (origin) university", None))
#endif // QT_CONFIG(tooltip)
        self.cohort_idLabel.setText(QCoreApplication.translate("StudentsDialog", u"&Cohort:", None))
        self.nimLabel.setText(QCoreApplication.translate("StudentsDialog", u"N&IM *:", None))
        self.nameLabel.setText(QCoreApplication.translate("StudentsDialog", u"&Name *:", None))
        self.study_programLabel.setText(QCoreApplication.translate("StudentsDialog", u"Study &programme:", None))
        self.semesterLabel.setText(QCoreApplication.translate("StudentsDialog", u"Se&mester:", None))
        self.genderLabel.setText(QCoreApplication.translate("StudentsDialog", u"&Gender:", None))
        self.statusLabel.setText(QCoreApplication.translate("StudentsDialog", u"&Status:", None))
        self.phoneLabel.setText(QCoreApplication.translate("StudentsDialog", u"P&hone:", None))
        self.phone.setPlaceholderText(QCoreApplication.translate("StudentsDialog", u"0812-3456-7890", None))
        self.emailLabel.setText(QCoreApplication.translate("StudentsDialog", u"&E-mail:", None))
        self.email.setPlaceholderText(QCoreApplication.translate("StudentsDialog", u"nama@kampus.ac.id", None))
        self.nikLabel.setText(QCoreApplication.translate("StudentsDialog", u"NI&K:", None))
#if QT_CONFIG(tooltip)
        self.nik.setToolTip(QCoreApplication.translate("StudentsDialog", u"Optional. 16 digits; stored only when the program needs it and masked in exports.", None))
#endif // QT_CONFIG(tooltip)
        self.notesLabel.setText(QCoreApplication.translate("StudentsDialog", u"&Notes:", None))
    # retranslateUi

