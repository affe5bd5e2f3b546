# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mentors_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout

from wirausaha_app.ui.dialogs.pickers import ChoiceCombo

class Ui_MentorsDialog(object):
    def setupUi(self, MentorsDialog):
        if not MentorsDialog.objectName():
            MentorsDialog.setObjectName(u"MentorsDialog")
        MentorsDialog.setMinimumSize(QSize(480, 0))
        self.mainLayout = QVBoxLayout(MentorsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.errorSummary = QLabel(MentorsDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)
        self.errorSummary.setStyleSheet(u"color: #b71c1c; font-weight: 600;")

        self.mainLayout.addWidget(self.errorSummary)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(MentorsDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(MentorsDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.kindLabel = QLabel(MentorsDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(MentorsDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.university_idLabel = QLabel(MentorsDialog)
        self.university_idLabel.setObjectName(u"university_idLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.university_idLabel)

        self.university_id = ChoiceCombo(MentorsDialog)
        self.university_id.setObjectName(u"university_id")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.university_id)

        self.organisationLabel = QLabel(MentorsDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisation = QLineEdit(MentorsDialog)
        self.organisation.setObjectName(u"organisation")
        self.organisation.setMaxLength(200)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.organisation)

        self.expertiseLabel = QLabel(MentorsDialog)
        self.expertiseLabel.setObjectName(u"expertiseLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.expertiseLabel)

        self.expertise = QLineEdit(MentorsDialog)
        self.expertise.setObjectName(u"expertise")
        self.expertise.setMaxLength(300)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.expertise)

        self.capacityLabel = QLabel(MentorsDialog)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacity = QSpinBox(MentorsDialog)
        self.capacity.setObjectName(u"capacity")
        self.capacity.setMinimum(0)
        self.capacity.setMaximum(100)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.capacity)

        self.phoneLabel = QLabel(MentorsDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(MentorsDialog)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phone)

        self.emailLabel = QLabel(MentorsDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(MentorsDialog)
        self.email.setObjectName(u"email")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.email)

        self.notesLabel = QLabel(MentorsDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(MentorsDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 64))

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notes)


        self.mainLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(MentorsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.kindLabel.setBuddy(self.kind)
        self.university_idLabel.setBuddy(self.university_id)
        self.organisationLabel.setBuddy(self.organisation)
        self.expertiseLabel.setBuddy(self.expertise)
        self.capacityLabel.setBuddy(self.capacity)
        self.phoneLabel.setBuddy(self.phone)
        self.emailLabel.setBuddy(self.email)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MentorsDialog)

        QMetaObject.connectSlotsByName(MentorsDialog)
    # setupUi

    def retranslateUi(self, MentorsDialog):
        MentorsDialog.setWindowTitle(QCoreApplication.translate("MentorsDialog", u"Mentor", None))
        self.nameLabel.setText(QCoreApplication.translate("MentorsDialog", u"&Name *:", None))
        self.kindLabel.setText(QCoreApplication.translate("MentorsDialog", u"&Kind *:", None))
        self.university_idLabel.setText(QCoreApplication.translate("MentorsDialog", u"&University:", None))
        self.organisationLabel.setText(QCoreApplication.translate("MentorsDialog", u"&Organisation:", None))
        self.organisation.setPlaceholderText(QCoreApplication.translate("MentorsDialog", u"Company, association, agency\u2026", None))
        self.expertiseLabel.setText(QCoreApplication.translate("MentorsDialog", u"E&xpertise:", None))
        self.capacityLabel.setText(QCoreApplication.translate("MentorsDialog", u"&Capacity (teams) *:", None))
        self.phoneLabel.setText(QCoreApplication.translate("MentorsDialog", u"&Phone:", None))
        self.phone.setPlaceholderText(QCoreApplication.translate("MentorsDialog", u"0812-3456-7890", None))
        self.emailLabel.setText(QCoreApplication.translate("MentorsDialog", u"&E-mail:", None))
        self.email.setPlaceholderText(QCoreApplication.translate("MentorsDialog", u"nama@kampus.ac.id", None))
        self.notesLabel.setText(QCoreApplication.translate("MentorsDialog", u"&Notes:", None))
    # retranslateUi

