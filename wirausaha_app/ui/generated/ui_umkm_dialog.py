# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'umkm_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QSpinBox, QVBoxLayout

from wirausaha_app.ui.dialogs.pickers import ChoiceCombo
from wirausaha_app.ui.inputs.date_edit import OptionalDateEdit
from wirausaha_app.ui.inputs.money_edit import MoneyEdit

class Ui_UmkmDialog(object):
    def setupUi(self, UmkmDialog):
        if not UmkmDialog.objectName():
            UmkmDialog.setObjectName(u"UmkmDialog")
        UmkmDialog.setMinimumSize(QSize(900, 0))
        self.mainLayout = QVBoxLayout(UmkmDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.errorSummary = QLabel(UmkmDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)
        self.errorSummary.setStyleSheet(u"color: #b71c1c; font-weight: 600;")

        self.mainLayout.addWidget(self.errorSummary)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.businessGroup = QGroupBox(UmkmDialog)
        self.businessGroup.setObjectName(u"businessGroup")
        self.form = QFormLayout(self.businessGroup)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(self.businessGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(self.businessGroup)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.owner_nameLabel = QLabel(self.businessGroup)
        self.owner_nameLabel.setObjectName(u"owner_nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.owner_nameLabel)

        self.owner_name = QLineEdit(self.businessGroup)
        self.owner_name.setObjectName(u"owner_name")
        self.owner_name.setMaxLength(200)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.owner_name)

        self.region_codeLabel = QLabel(self.businessGroup)
        self.region_codeLabel.setObjectName(u"region_codeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.region_codeLabel)

        self.region_code = ChoiceCombo(self.businessGroup)
        self.region_code.setObjectName(u"region_code")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.region_code)

        self.addressLabel = QLabel(self.businessGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QPlainTextEdit(self.businessGroup)
        self.address.setObjectName(u"address")
        self.address.setTabChangesFocus(True)
        self.address.setMaximumSize(QSize(16777215, 56))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.address)

        self.phoneLabel = QLabel(self.businessGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(self.businessGroup)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone)

        self.kbli_codeLabel = QLabel(self.businessGroup)
        self.kbli_codeLabel.setObjectName(u"kbli_codeLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.kbli_codeLabel)

        self.kbliLayout = QHBoxLayout()
        self.kbliLayout.setObjectName(u"kbliLayout")
        self.kbli_code = QLineEdit(self.businessGroup)
        self.kbli_code.setObjectName(u"kbli_code")
        self.kbli_code.setMaxLength(5)

        self.kbliLayout.addWidget(self.kbli_code)

        self.kbli_versionLabel = QLabel(self.businessGroup)
        self.kbli_versionLabel.setObjectName(u"kbli_versionLabel")

        self.kbliLayout.addWidget(self.kbli_versionLabel)

        self.kbli_version = QComboBox(self.businessGroup)
        self.kbli_version.setObjectName(u"kbli_version")
        self.kbli_version.setMinimumSize(QSize(80, 0))

        self.kbliLayout.addWidget(self.kbli_version)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.kbliLayout)

        self.needsLabel = QLabel(self.businessGroup)
        self.needsLabel.setObjectName(u"needsLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.needsLabel)

        self.needs = QListWidget(self.businessGroup)
        self.needs.setObjectName(u"needs")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.needs)

        self.notesLabel = QLabel(self.businessGroup)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(self.businessGroup)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 64))

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notes)


        self.columns.addWidget(self.businessGroup)

        self.licenceGroup = QGroupBox(UmkmDialog)
        self.licenceGroup.setObjectName(u"licenceGroup")
        self.licenceForm = QFormLayout(self.licenceGroup)
        self.licenceForm.setObjectName(u"licenceForm")
        self.licenceForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.nibLabel = QLabel(self.licenceGroup)
        self.nibLabel.setObjectName(u"nibLabel")

        self.licenceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nibLabel)

        self.nib = QLineEdit(self.licenceGroup)
        self.nib.setObjectName(u"nib")
        self.nib.setMaxLength(20)

        self.licenceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nib)

        self.pirt_numberLabel = QLabel(self.licenceGroup)
        self.pirt_numberLabel.setObjectName(u"pirt_numberLabel")

        self.licenceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pirt_numberLabel)

        self.pirt_number = QLineEdit(self.licenceGroup)
        self.pirt_number.setObjectName(u"pirt_number")
        self.pirt_number.setMaxLength(40)

        self.licenceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pirt_number)

        self.pirt_valid_untilLabel = QLabel(self.licenceGroup)
        self.pirt_valid_untilLabel.setObjectName(u"pirt_valid_untilLabel")

        self.licenceForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pirt_valid_untilLabel)

        self.pirt_valid_until = OptionalDateEdit(self.licenceGroup)
        self.pirt_valid_until.setObjectName(u"pirt_valid_until")

        self.licenceForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pirt_valid_until)

        self.halal_numberLabel = QLabel(self.licenceGroup)
        self.halal_numberLabel.setObjectName(u"halal_numberLabel")

        self.licenceForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.halal_numberLabel)

        self.halal_number = QLineEdit(self.licenceGroup)
        self.halal_number.setObjectName(u"halal_number")
        self.halal_number.setMaxLength(50)

        self.licenceForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.halal_number)

        self.figuresNote = QLabel(self.licenceGroup)
        self.figuresNote.setObjectName(u"figuresNote")
        self.figuresNote.setWordWrap(True)

        self.licenceForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.figuresNote)

        self.annual_salesLabel = QLabel(self.licenceGroup)
        self.annual_salesLabel.setObjectName(u"annual_salesLabel")

        self.licenceForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.annual_salesLabel)

        self.annual_sales = MoneyEdit(self.licenceGroup)
        self.annual_sales.setObjectName(u"annual_sales")

        self.licenceForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.annual_sales)

        self.capitalLabel = QLabel(self.licenceGroup)
        self.capitalLabel.setObjectName(u"capitalLabel")

        self.licenceForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.capitalLabel)

        self.capital = MoneyEdit(self.licenceGroup)
        self.capital.setObjectName(u"capital")

        self.licenceForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.capital)

        self.employeesLabel = QLabel(self.licenceGroup)
        self.employeesLabel.setObjectName(u"employeesLabel")

        self.licenceForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.employeesLabel)

        self.employees = QSpinBox(self.licenceGroup)
        self.employees.setObjectName(u"employees")
        self.employees.setMinimum(-1)
        self.employees.setMaximum(1000000)
        self.employees.setSpecialValueText(u"\u00a0")

        self.licenceForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.employees)

        self.channelsLabel = QLabel(self.licenceGroup)
        self.channelsLabel.setObjectName(u"channelsLabel")

        self.licenceForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.channelsLabel)

        self.channelsLayout = QGridLayout()
        self.channelsLayout.setObjectName(u"channelsLayout")
        self.channel_marketplace = QCheckBox(self.licenceGroup)
        self.channel_marketplace.setObjectName(u"channel_marketplace")

        self.channelsLayout.addWidget(self.channel_marketplace, 0, 0, 1, 1)

        self.channel_social_media = QCheckBox(self.licenceGroup)
        self.channel_social_media.setObjectName(u"channel_social_media")

        self.channelsLayout.addWidget(self.channel_social_media, 0, 1, 1, 1)

        self.channel_website = QCheckBox(self.licenceGroup)
        self.channel_website.setObjectName(u"channel_website")

        self.channelsLayout.addWidget(self.channel_website, 1, 0, 1, 1)

        self.channel_shop = QCheckBox(self.licenceGroup)
        self.channel_shop.setObjectName(u"channel_shop")

        self.channelsLayout.addWidget(self.channel_shop, 1, 1, 1, 1)

        self.channel_reseller = QCheckBox(self.licenceGroup)
        self.channel_reseller.setObjectName(u"channel_reseller")

        self.channelsLayout.addWidget(self.channel_reseller, 2, 0, 1, 1)


        self.licenceForm.setLayout(8, QFormLayout.ItemRole.FieldRole, self.channelsLayout)


        self.columns.addWidget(self.licenceGroup)


        self.mainLayout.addLayout(self.columns)

        self.buttonBox = QDialogButtonBox(UmkmDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.owner_nameLabel.setBuddy(self.owner_name)
        self.region_codeLabel.setBuddy(self.region_code)
        self.addressLabel.setBuddy(self.address)
        self.phoneLabel.setBuddy(self.phone)
        self.kbli_codeLabel.setBuddy(self.kbli_code)
        self.kbli_versionLabel.setBuddy(self.kbli_version)
        self.needsLabel.setBuddy(self.needs)
        self.notesLabel.setBuddy(self.notes)
        self.nibLabel.setBuddy(self.nib)
        self.pirt_numberLabel.setBuddy(self.pirt_number)
        self.pirt_valid_untilLabel.setBuddy(self.pirt_valid_until)
        self.halal_numberLabel.setBuddy(self.halal_number)
        self.annual_salesLabel.setBuddy(self.annual_sales)
        self.capitalLabel.setBuddy(self.capital)
        self.employeesLabel.setBuddy(self.employees)
        self.channelsLabel.setBuddy(self.channel_marketplace)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UmkmDialog)

        QMetaObject.connectSlotsByName(UmkmDialog)
    # setupUi

    def retranslateUi(self, UmkmDialog):
        UmkmDialog.setWindowTitle(QCoreApplication.translate("UmkmDialog", u"UMKM", None))
        self.businessGroup.setTitle(QCoreApplication.translate("UmkmDialog", u"Business", None))
        self.nameLabel.setText(QCoreApplication.translate("UmkmDialog", u"&Name *:", None))
        self.owner_nameLabel.setText(QCoreApplication.translate("UmkmDialog", u"&Owner:", None))
        self.region_codeLabel.setText(QCoreApplication.translate("UmkmDialog", u"&Region *:", None))
#if QT_CONFIG(tooltip)
        self.region_code.setToolTip(QCoreApplication.translate("UmkmDialog", u"Kabupaten/kota (Jawa Timur first)", None))
#endif // QT_CONFIG(tooltip)
        self.addressLabel.setText(QCoreApplication.translate("UmkmDialog", u"A&ddress:", None))
        self.phoneLabel.setText(QCoreApplication.translate("UmkmDialog", u"&Phone:", None))
        self.phone.setPlaceholderText(QCoreApplication.translate("UmkmDialog", u"0812-3456-7890", None))
        self.kbli_codeLabel.setText(QCoreApplication.translate("UmkmDialog", u"&KBLI:", None))
        self.kbli_code.setPlaceholderText(QCoreApplication.translate("UmkmDialog", u"10792", None))
        self.kbli_versionLabel.setText(QCoreApplication.translate("UmkmDialog", u"&version:", None))
        self.needsLabel.setText(QCoreApplication.translate("UmkmDialog", u"Asks help &with:", None))
        self.notesLabel.setText(QCoreApplication.translate("UmkmDialog", u"&Notes:", None))
        self.licenceGroup.setTitle(QCoreApplication.translate("UmkmDialog", u"Licences and figures", None))
        self.nibLabel.setText(QCoreApplication.translate("UmkmDialog", u"NI&B:", None))
        self.nib.setPlaceholderText(QCoreApplication.translate("UmkmDialog", u"13 digits", None))
        self.pirt_numberLabel.setText(QCoreApplication.translate("UmkmDialog", u"P-IR&T number:", None))
        self.pirt_valid_untilLabel.setText(QCoreApplication.translate("UmkmDialog", u"P-IRT valid &until:", None))
        self.halal_numberLabel.setText(QCoreApplication.translate("UmkmDialog", u"&Halal certificate:", None))
        self.figuresNote.setText(QCoreApplication.translate("UmkmDialog", u"Figures at registration (later changes are recorded as snapshots):", None))
        self.annual_salesLabel.setText(QCoreApplication.translate("UmkmDialog", u"Annual &sales:", None))
        self.capitalLabel.setText(QCoreApplication.translate("UmkmDialog", u"&Capital (modal):", None))
        self.employeesLabel.setText(QCoreApplication.translate("UmkmDialog", u"&Employees:", None))
        self.channelsLabel.setText(QCoreApplication.translate("UmkmDialog", u"Sales &channels:", None))
        self.channel_marketplace.setText(QCoreApplication.translate("UmkmDialog", u"Marketplace", None))
        self.channel_social_media.setText(QCoreApplication.translate("UmkmDialog", u"Social media", None))
        self.channel_website.setText(QCoreApplication.translate("UmkmDialog", u"Own website", None))
        self.channel_shop.setText(QCoreApplication.translate("UmkmDialog", u"Physical shop", None))
        self.channel_reseller.setText(QCoreApplication.translate("UmkmDialog", u"Resellers", None))
    # retranslateUi

