# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'snapshots_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout

from wirausaha_app.ui.inputs.date_edit import OptionalDateEdit
from wirausaha_app.ui.inputs.money_edit import MoneyEdit

class Ui_SnapshotsDialog(object):
    def setupUi(self, SnapshotsDialog):
        if not SnapshotsDialog.objectName():
            SnapshotsDialog.setObjectName(u"SnapshotsDialog")
        SnapshotsDialog.setMinimumSize(QSize(480, 0))
        self.mainLayout = QVBoxLayout(SnapshotsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.errorSummary = QLabel(SnapshotsDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)
        self.errorSummary.setStyleSheet(u"color: #b71c1c; font-weight: 600;")

        self.mainLayout.addWidget(self.errorSummary)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.snapshot_dateLabel = QLabel(SnapshotsDialog)
        self.snapshot_dateLabel.setObjectName(u"snapshot_dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.snapshot_dateLabel)

        self.snapshot_date = OptionalDateEdit(SnapshotsDialog)
        self.snapshot_date.setObjectName(u"snapshot_date")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.snapshot_date)

        self.umkm_idLabel = QLabel(SnapshotsDialog)
        self.umkm_idLabel.setObjectName(u"umkm_idLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.umkm_idLabel)

        self.umkmLayout = QHBoxLayout()
        self.umkmLayout.setObjectName(u"umkmLayout")
        self.umkm_id = QLineEdit(SnapshotsDialog)
        self.umkm_id.setObjectName(u"umkm_id")
        self.umkm_id.setReadOnly(True)

        self.umkmLayout.addWidget(self.umkm_id)

        self.chooseUmkmButton = QPushButton(SnapshotsDialog)
        self.chooseUmkmButton.setObjectName(u"chooseUmkmButton")

        self.umkmLayout.addWidget(self.chooseUmkmButton)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.umkmLayout)

        self.annual_salesLabel = QLabel(SnapshotsDialog)
        self.annual_salesLabel.setObjectName(u"annual_salesLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.annual_salesLabel)

        self.annual_sales = MoneyEdit(SnapshotsDialog)
        self.annual_sales.setObjectName(u"annual_sales")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.annual_sales)

        self.capitalLabel = QLabel(SnapshotsDialog)
        self.capitalLabel.setObjectName(u"capitalLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.capitalLabel)

        self.capital = MoneyEdit(SnapshotsDialog)
        self.capital.setObjectName(u"capital")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.capital)

        self.employeesLabel = QLabel(SnapshotsDialog)
        self.employeesLabel.setObjectName(u"employeesLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.employeesLabel)

        self.employees = QSpinBox(SnapshotsDialog)
        self.employees.setObjectName(u"employees")
        self.employees.setMinimum(-1)
        self.employees.setMaximum(100000)
        self.employees.setSpecialValueText(u"\u00a0")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.employees)

        self.has_nibLabel = QLabel(SnapshotsDialog)
        self.has_nibLabel.setObjectName(u"has_nibLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.has_nibLabel)

        self.has_nib = QComboBox(SnapshotsDialog)
        self.has_nib.setObjectName(u"has_nib")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.has_nib)

        self.noteLabel = QLabel(SnapshotsDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(SnapshotsDialog)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumSize(QSize(16777215, 64))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.note)


        self.mainLayout.addLayout(self.form)

        self.channelsGroup = QGroupBox(SnapshotsDialog)
        self.channelsGroup.setObjectName(u"channelsGroup")
        self.channelsLayout = QGridLayout(self.channelsGroup)
        self.channelsLayout.setObjectName(u"channelsLayout")
        self.channel_marketplace = QCheckBox(self.channelsGroup)
        self.channel_marketplace.setObjectName(u"channel_marketplace")

        self.channelsLayout.addWidget(self.channel_marketplace, 0, 0, 1, 1)

        self.channel_social_media = QCheckBox(self.channelsGroup)
        self.channel_social_media.setObjectName(u"channel_social_media")

        self.channelsLayout.addWidget(self.channel_social_media, 0, 1, 1, 1)

        self.channel_website = QCheckBox(self.channelsGroup)
        self.channel_website.setObjectName(u"channel_website")

        self.channelsLayout.addWidget(self.channel_website, 0, 2, 1, 1)

        self.channel_shop = QCheckBox(self.channelsGroup)
        self.channel_shop.setObjectName(u"channel_shop")

        self.channelsLayout.addWidget(self.channel_shop, 1, 0, 1, 1)

        self.channel_reseller = QCheckBox(self.channelsGroup)
        self.channel_reseller.setObjectName(u"channel_reseller")

        self.channelsLayout.addWidget(self.channel_reseller, 1, 1, 1, 1)


        self.mainLayout.addWidget(self.channelsGroup)

        self.scaleHint = QLabel(SnapshotsDialog)
        self.scaleHint.setObjectName(u"scaleHint")
        self.scaleHint.setWordWrap(True)

        self.mainLayout.addWidget(self.scaleHint)

        self.buttonBox = QDialogButtonBox(SnapshotsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.snapshot_dateLabel.setBuddy(self.snapshot_date)
        self.umkm_idLabel.setBuddy(self.umkm_id)
        self.annual_salesLabel.setBuddy(self.annual_sales)
        self.capitalLabel.setBuddy(self.capital)
        self.employeesLabel.setBuddy(self.employees)
        self.has_nibLabel.setBuddy(self.has_nib)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SnapshotsDialog)

        QMetaObject.connectSlotsByName(SnapshotsDialog)
    # setupUi

    def retranslateUi(self, SnapshotsDialog):
        SnapshotsDialog.setWindowTitle(QCoreApplication.translate("SnapshotsDialog", u"UMKM snapshot", None))
        self.snapshot_dateLabel.setText(QCoreApplication.translate("SnapshotsDialog", u"&Date *:", None))
        self.umkm_idLabel.setText(QCoreApplication.translate("SnapshotsDialog", u"&UMKM *:", None))
        self.umkm_id.setPlaceholderText(QCoreApplication.translate("SnapshotsDialog", u"Choose an UMKM\u2026", None))
        self.chooseUmkmButton.setText(QCoreApplication.translate("SnapshotsDialog", u"C&hoose\u2026", None))
        self.annual_salesLabel.setText(QCoreApplication.translate("SnapshotsDialog", u"Annual &sales:", None))
        self.capitalLabel.setText(QCoreApplication.translate("SnapshotsDialog", u"&Capital (excl. land, buildings):", None))
        self.employeesLabel.setText(QCoreApplication.translate("SnapshotsDialog", u"E&mployees:", None))
        self.has_nibLabel.setText(QCoreApplication.translate("SnapshotsDialog", u"&Holds an NIB:", None))
        self.noteLabel.setText(QCoreApplication.translate("SnapshotsDialog", u"&Notes:", None))
        self.channelsGroup.setTitle(QCoreApplication.translate("SnapshotsDialog", u"Sales channels", None))
        self.channel_marketplace.setText(QCoreApplication.translate("SnapshotsDialog", u"Marketplace", None))
        self.channel_social_media.setText(QCoreApplication.translate("SnapshotsDialog", u"Social media", None))
        self.channel_website.setText(QCoreApplication.translate("SnapshotsDialog", u"Own website", None))
        self.channel_shop.setText(QCoreApplication.translate("SnapshotsDialog", u"Own shop", None))
        self.channel_reseller.setText(QCoreApplication.translate("SnapshotsDialog", u"Resellers", None))
    # retranslateUi

