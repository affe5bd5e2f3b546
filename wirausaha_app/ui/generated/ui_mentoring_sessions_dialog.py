# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mentoring_sessions_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTableWidget, QTimeEdit, QVBoxLayout

from wirausaha_app.ui.dialogs.pickers import ChoiceCombo
from wirausaha_app.ui.inputs.date_edit import OptionalDateEdit

class Ui_MentoringSessionsDialog(object):
    def setupUi(self, MentoringSessionsDialog):
        if not MentoringSessionsDialog.objectName():
            MentoringSessionsDialog.setObjectName(u"MentoringSessionsDialog")
        MentoringSessionsDialog.setMinimumSize(QSize(560, 0))
        self.mainLayout = QVBoxLayout(MentoringSessionsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.errorSummary = QLabel(MentoringSessionsDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)
        self.errorSummary.setStyleSheet(u"color: #b71c1c; font-weight: 600;")

        self.mainLayout.addWidget(self.errorSummary)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.team_idLabel = QLabel(MentoringSessionsDialog)
        self.team_idLabel.setObjectName(u"team_idLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.team_idLabel)

        self.team_id = ChoiceCombo(MentoringSessionsDialog)
        self.team_id.setObjectName(u"team_id")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.team_id)

        self.mentor_idLabel = QLabel(MentoringSessionsDialog)
        self.mentor_idLabel.setObjectName(u"mentor_idLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mentor_idLabel)

        self.mentor_id = ChoiceCombo(MentoringSessionsDialog)
        self.mentor_id.setObjectName(u"mentor_id")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mentor_id)

        self.session_dateLabel = QLabel(MentoringSessionsDialog)
        self.session_dateLabel.setObjectName(u"session_dateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.session_dateLabel)

        self.session_date = OptionalDateEdit(MentoringSessionsDialog)
        self.session_date.setObjectName(u"session_date")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.session_date)

        self.start_timeLabel = QLabel(MentoringSessionsDialog)
        self.start_timeLabel.setObjectName(u"start_timeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.start_timeLabel)

        self.start_time = QTimeEdit(MentoringSessionsDialog)
        self.start_time.setObjectName(u"start_time")
        self.start_time.setDisplayFormat(u"HH:mm")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.start_time)

        self.duration_minutesLabel = QLabel(MentoringSessionsDialog)
        self.duration_minutesLabel.setObjectName(u"duration_minutesLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.duration_minutesLabel)

        self.duration_minutes = QSpinBox(MentoringSessionsDialog)
        self.duration_minutes.setObjectName(u"duration_minutes")
        self.duration_minutes.setMinimum(0)
        self.duration_minutes.setMaximum(720)
        self.duration_minutes.setSingleStep(15)
        self.duration_minutes.setValue(60)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.duration_minutes)

        self.methodLabel = QLabel(MentoringSessionsDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.method = QComboBox(MentoringSessionsDialog)
        self.method.setObjectName(u"method")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.method)

        self.placeLabel = QLabel(MentoringSessionsDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.place = QLineEdit(MentoringSessionsDialog)
        self.place.setObjectName(u"place")
        self.place.setMaxLength(300)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.place)

        self.topicLabel = QLabel(MentoringSessionsDialog)
        self.topicLabel.setObjectName(u"topicLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.topicLabel)

        self.topic = QLineEdit(MentoringSessionsDialog)
        self.topic.setObjectName(u"topic")
        self.topic.setMaxLength(300)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.topic)

        self.notesLabel = QLabel(MentoringSessionsDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(MentoringSessionsDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 64))

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notes)


        self.mainLayout.addLayout(self.form)

        self.attendanceGroup = QGroupBox(MentoringSessionsDialog)
        self.attendanceGroup.setObjectName(u"attendanceGroup")
        self.attendanceLayout = QVBoxLayout(self.attendanceGroup)
        self.attendanceLayout.setObjectName(u"attendanceLayout")
        self.attendance = QTableWidget(self.attendanceGroup)
        self.attendance.setObjectName(u"attendance")
        self.attendance.setMinimumSize(QSize(0, 140))
        self.attendance.setSelectionMode(QAbstractItemView.NoSelection)
        self.attendance.horizontalHeader().setStretchLastSection(True)
        self.attendance.verticalHeader().setVisible(False)

        self.attendanceLayout.addWidget(self.attendance)

        self.attendanceButtons = QHBoxLayout()
        self.attendanceButtons.setObjectName(u"attendanceButtons")
        self.allPresentButton = QPushButton(self.attendanceGroup)
        self.allPresentButton.setObjectName(u"allPresentButton")

        self.attendanceButtons.addWidget(self.allPresentButton)

        self.attendanceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attendanceButtons.addItem(self.attendanceSpacer)


        self.attendanceLayout.addLayout(self.attendanceButtons)


        self.mainLayout.addWidget(self.attendanceGroup)

        self.buttonBox = QDialogButtonBox(MentoringSessionsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.team_idLabel.setBuddy(self.team_id)
        self.mentor_idLabel.setBuddy(self.mentor_id)
        self.session_dateLabel.setBuddy(self.session_date)
        self.start_timeLabel.setBuddy(self.start_time)
        self.duration_minutesLabel.setBuddy(self.duration_minutes)
        self.methodLabel.setBuddy(self.method)
        self.placeLabel.setBuddy(self.place)
        self.topicLabel.setBuddy(self.topic)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MentoringSessionsDialog)

        QMetaObject.connectSlotsByName(MentoringSessionsDialog)
    # setupUi

    def retranslateUi(self, MentoringSessionsDialog):
        MentoringSessionsDialog.setWindowTitle(QCoreApplication.translate("MentoringSessionsDialog", u"Mentoring session", None))
        self.team_idLabel.setText(QCoreApplication.translate("MentoringSessionsDialog", u"&Team *:", None))
        self.mentor_idLabel.setText(QCoreApplication.translate("MentoringSessionsDialog", u"&Mentor *:", None))
        self.session_dateLabel.setText(QCoreApplication.translate("MentoringSessionsDialog", u"&Date *:", None))
        self.start_timeLabel.setText(QCoreApplication.translate("MentoringSessionsDialog", u"Start t&ime:", None))
        self.duration_minutesLabel.setText(QCoreApplication.translate("MentoringSessionsDialog", u"D&uration *:", None))
        self.duration_minutes.setSuffix(QCoreApplication.translate("MentoringSessionsDialog", u" min", None))
        self.methodLabel.setText(QCoreApplication.translate("MentoringSessionsDialog", u"&Method *:", None))
        self.placeLabel.setText(QCoreApplication.translate("MentoringSessionsDialog", u"&Place or link:", None))
        self.place.setPlaceholderText(QCoreApplication.translate("MentoringSessionsDialog", u"Address, or the meeting link for online sessions", None))
        self.topicLabel.setText(QCoreApplication.translate("MentoringSessionsDialog", u"T&opic *:", None))
        self.notesLabel.setText(QCoreApplication.translate("MentoringSessionsDialog", u"&Notes:", None))
        self.attendanceGroup.setTitle(QCoreApplication.translate("MentoringSessionsDialog", u"Attendance", None))
        self.allPresentButton.setText(QCoreApplication.translate("MentoringSessionsDialog", u"All &present", None))
    # retranslateUi

