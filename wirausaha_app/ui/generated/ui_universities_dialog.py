# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'universities_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout

from wirausaha_app.ui.dialogs.pickers import ChoiceCombo
from wirausaha_app.ui.inputs.date_edit import OptionalDateEdit

class Ui_UniversitiesDialog(object):
    def setupUi(self, UniversitiesDialog):
        if not UniversitiesDialog.objectName():
            UniversitiesDialog.setObjectName(u"UniversitiesDialog")
        UniversitiesDialog.setMinimumSize(QSize(480, 0))
        self.mainLayout = QVBoxLayout(UniversitiesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.errorSummary = QLabel(UniversitiesDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)
        self.errorSummary.setStyleSheet(u"color: #b71c1c; font-weight: 600;")

        self.mainLayout.addWidget(self.errorSummary)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(UniversitiesDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(UniversitiesDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.short_nameLabel = QLabel(UniversitiesDialog)
        self.short_nameLabel.setObjectName(u"short_nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.short_nameLabel)

        self.short_name = QLineEdit(UniversitiesDialog)
        self.short_name.setObjectName(u"short_name")
        self.short_name.setMaxLength(40)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.short_name)

        self.kindLabel = QLabel(UniversitiesDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(UniversitiesDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind)

        self.region_codeLabel = QLabel(UniversitiesDialog)
        self.region_codeLabel.setObjectName(u"region_codeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.region_codeLabel)

        self.region_code = ChoiceCombo(UniversitiesDialog)
        self.region_code.setObjectName(u"region_code")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.region_code)

        self.addressLabel = QLabel(UniversitiesDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QPlainTextEdit(UniversitiesDialog)
        self.address.setObjectName(u"address")
        self.address.setTabChangesFocus(True)
        self.address.setMaximumSize(QSize(16777215, 56))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.address)

        self.mou_numberLabel = QLabel(UniversitiesDialog)
        self.mou_numberLabel.setObjectName(u"mou_numberLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.mou_numberLabel)

        self.mou_number = QLineEdit(UniversitiesDialog)
        self.mou_number.setObjectName(u"mou_number")
        self.mou_number.setMaxLength(100)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.mou_number)

        self.mou_valid_fromLabel = QLabel(UniversitiesDialog)
        self.mou_valid_fromLabel.setObjectName(u"mou_valid_fromLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.mou_valid_fromLabel)

        self.mou_valid_from = OptionalDateEdit(UniversitiesDialog)
        self.mou_valid_from.setObjectName(u"mou_valid_from")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.mou_valid_from)

        self.mou_valid_untilLabel = QLabel(UniversitiesDialog)
        self.mou_valid_untilLabel.setObjectName(u"mou_valid_untilLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.mou_valid_untilLabel)

        self.mou_valid_until = OptionalDateEdit(UniversitiesDialog)
        self.mou_valid_until.setObjectName(u"mou_valid_until")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.mou_valid_until)

        self.contact_nameLabel = QLabel(UniversitiesDialog)
        self.contact_nameLabel.setObjectName(u"contact_nameLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.contact_nameLabel)

        self.contact_name = QLineEdit(UniversitiesDialog)
        self.contact_name.setObjectName(u"contact_name")
        self.contact_name.setMaxLength(200)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.contact_name)

        self.contact_phoneLabel = QLabel(UniversitiesDialog)
        self.contact_phoneLabel.setObjectName(u"contact_phoneLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.contact_phoneLabel)

        self.contact_phone = QLineEdit(UniversitiesDialog)
        self.contact_phone.setObjectName(u"contact_phone")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.contact_phone)

        self.contact_emailLabel = QLabel(UniversitiesDialog)
        self.contact_emailLabel.setObjectName(u"contact_emailLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.contact_emailLabel)

        self.contact_email = QLineEdit(UniversitiesDialog)
        self.contact_email.setObjectName(u"contact_email")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.contact_email)


        self.mainLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(UniversitiesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.short_nameLabel.setBuddy(self.short_name)
        self.kindLabel.setBuddy(self.kind)
        self.region_codeLabel.setBuddy(self.region_code)
        self.addressLabel.setBuddy(self.address)
        self.mou_numberLabel.setBuddy(self.mou_number)
        self.mou_valid_fromLabel.setBuddy(self.mou_valid_from)
        self.mou_valid_untilLabel.setBuddy(self.mou_valid_until)
        self.contact_nameLabel.setBuddy(self.contact_name)
        self.contact_phoneLabel.setBuddy(self.contact_phone)
        self.contact_emailLabel.setBuddy(self.contact_email)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UniversitiesDialog)

        QMetaObject.connectSlotsByName(UniversitiesDialog)
    # setupUi

    def retranslateUi(self, UniversitiesDialog):
        UniversitiesDialog.setWindowTitle(QCoreApplication.translate("UniversitiesDialog", u"University", None))
        self.nameLabel.setText(QCoreApplication.translate("UniversitiesDialog", u"&Name *:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("UniversitiesDialog", u"Universitas \u2026", None))
        self.short_nameLabel.setText(QCoreApplication.translate("UniversitiesDialog", u"S&hort name:", None))
        self.short_name.setPlaceholderText(QCoreApplication.translate("UniversitiesDialog", u"UNEJ", None))
        self.kindLabel.setText(QCoreApplication.translate("UniversitiesDialog", u"&Role:", None))
        self.region_codeLabel.setText(QCoreApplication.translate("UniversitiesDialog", u"Re&gion:", None))
#if QT_CONFIG(tooltip)
        self.region_code.setToolTip(QCoreApplication.translate("UniversitiesDialog", u"Type part of the kabupaten/kota name", None))
#endif // QT_CONFIG(tooltip)
        self.addressLabel.setText(QCoreApplication.translate("UniversitiesDialog", u"A&ddress:", None))
        self.mou_numberLabel.setText(QCoreApplication.translate("UniversitiesDialog", u"&MoU number:", None))
        self.mou_valid_fromLabel.setText(QCoreApplication.translate("UniversitiesDialog", u"MoU valid &from:", None))
        self.mou_valid_untilLabel.setText(QCoreApplication.translate("UniversitiesDialog", u"MoU valid &until:", None))
        self.contact_nameLabel.setText(QCoreApplication.translate("UniversitiesDialog", u"&Contact person:", None))
        self.contact_phoneLabel.setText(QCoreApplication.translate("UniversitiesDialog", u"Contact &phone:", None))
        self.contact_phone.setPlaceholderText(QCoreApplication.translate("UniversitiesDialog", u"0812-3456-7890", None))
        self.contact_emailLabel.setText(QCoreApplication.translate("UniversitiesDialog", u"Contact &e-mail:", None))
        self.contact_email.setPlaceholderText(QCoreApplication.translate("UniversitiesDialog", u"nama@kampus.ac.id", None))
    # retranslateUi

