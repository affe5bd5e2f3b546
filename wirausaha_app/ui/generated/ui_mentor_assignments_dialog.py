# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mentor_assignments_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout

from wirausaha_app.ui.dialogs.pickers import ChoiceCombo
from wirausaha_app.ui.inputs.date_edit import OptionalDateEdit

class Ui_MentorAssignmentsDialog(object):
    def setupUi(self, MentorAssignmentsDialog):
        if not MentorAssignmentsDialog.objectName():
            MentorAssignmentsDialog.setObjectName(u"MentorAssignmentsDialog")
        MentorAssignmentsDialog.setMinimumSize(QSize(440, 0))
        self.mainLayout = QVBoxLayout(MentorAssignmentsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.errorSummary = QLabel(MentorAssignmentsDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)
        self.errorSummary.setStyleSheet(u"color: #b71c1c; font-weight: 600;")

        self.mainLayout.addWidget(self.errorSummary)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.team_idLabel = QLabel(MentorAssignmentsDialog)
        self.team_idLabel.setObjectName(u"team_idLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.team_idLabel)

        self.team_id = ChoiceCombo(MentorAssignmentsDialog)
        self.team_id.setObjectName(u"team_id")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.team_id)

        self.mentor_idLabel = QLabel(MentorAssignmentsDialog)
        self.mentor_idLabel.setObjectName(u"mentor_idLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mentor_idLabel)

        self.mentor_id = ChoiceCombo(MentorAssignmentsDialog)
        self.mentor_id.setObjectName(u"mentor_id")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mentor_id)

        self.start_dateLabel = QLabel(MentorAssignmentsDialog)
        self.start_dateLabel.setObjectName(u"start_dateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.start_dateLabel)

        self.start_date = OptionalDateEdit(MentorAssignmentsDialog)
        self.start_date.setObjectName(u"start_date")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.start_date)

        self.end_dateLabel = QLabel(MentorAssignmentsDialog)
        self.end_dateLabel.setObjectName(u"end_dateLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.end_dateLabel)

        self.end_date = OptionalDateEdit(MentorAssignmentsDialog)
        self.end_date.setObjectName(u"end_date")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.end_date)

        self.noteLabel = QLabel(MentorAssignmentsDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(MentorAssignmentsDialog)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumSize(QSize(16777215, 64))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.note)


        self.mainLayout.addLayout(self.form)

        self.historyHint = QLabel(MentorAssignmentsDialog)
        self.historyHint.setObjectName(u"historyHint")
        self.historyHint.setWordWrap(True)

        self.mainLayout.addWidget(self.historyHint)

        self.buttonBox = QDialogButtonBox(MentorAssignmentsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.team_idLabel.setBuddy(self.team_id)
        self.mentor_idLabel.setBuddy(self.mentor_id)
        self.start_dateLabel.setBuddy(self.start_date)
        self.end_dateLabel.setBuddy(self.end_date)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MentorAssignmentsDialog)

        QMetaObject.connectSlotsByName(MentorAssignmentsDialog)
    # setupUi

    def retranslateUi(self, MentorAssignmentsDialog):
        MentorAssignmentsDialog.setWindowTitle(QCoreApplication.translate("MentorAssignmentsDialog", u"Mentor assignment", None))
        self.team_idLabel.setText(QCoreApplication.translate("MentorAssignmentsDialog", u"&Team *:", None))
        self.mentor_idLabel.setText(QCoreApplication.translate("MentorAssignmentsDialog", u"&Mentor *:", None))
        self.start_dateLabel.setText(QCoreApplication.translate("MentorAssignmentsDialog", u"&Start *:", None))
        self.end_dateLabel.setText(QCoreApplication.translate("MentorAssignmentsDialog", u"&End:", None))
        self.noteLabel.setText(QCoreApplication.translate("MentorAssignmentsDialog", u"&Notes:", None))
        self.historyHint.setText(QCoreApplication.translate("MentorAssignmentsDialog", u"Choosing another mentor for a team ends its current assignment the day before; the history is kept.", None))
    # retranslateUi

