/**
 * Payload's German where it falls short of STYLE.md ("German in the product"): it addresses the
 * user as "du" (Hauswerk says "Sie"), builds "Kein {{label}}" whatever the gender of the label
 * ("Kein Einheit"), says "Erstelle Person" for "Person anlegen", and shows yes/no as "wahr"/"falsch".
 * "Ohne {{label}}" is right for every gender. Merged over Payload's own German in translations.ts.
 */
export const payloadGerman = {
  authentication: {
    beginCreateFirstUser: 'Legen Sie zuerst ein Benutzerkonto an.',
    checkYourEmailForPasswordReset:
      'Wenn die E-Mail-Adresse zu einem Benutzerkonto gehört, erhalten Sie in Kürze eine Anleitung zum Zurücksetzen Ihres Passworts. Bitte sehen Sie auch im Spam-Ordner nach.',
    forgotPasswordEmailInstructions:
      'Bitte geben Sie Ihre E-Mail-Adresse an. Sie erhalten eine E-Mail mit einer Anleitung zum Zurücksetzen Ihres Passworts.',
    forgotPasswordUsernameInstructions:
      'Bitte geben Sie Ihren Benutzernamen an. Die Anleitung zum Zurücksetzen Ihres Passworts geht an die E-Mail-Adresse dieses Benutzerkontos.',
    generatingNewAPIKeyWillInvalidate:
      'Ein neuer API-Schlüssel macht den bisherigen <1>ungültig</1>. Möchten Sie fortfahren?',
    loggedIn: 'Um sich mit einem anderen Benutzerkonto anzumelden, müssen Sie sich zuerst <0>abmelden</0>.',
    loggedInChangePassword: 'Ihr Passwort ändern Sie in Ihrem <0>Benutzerkonto</0>.',
    loggedOutInactivity: 'Sie wurden wegen Inaktivität abgemeldet.',
    loggedOutSuccessfully: 'Sie wurden abgemeldet.',
    loginWithAnotherUser: 'Um sich mit einem anderen Benutzerkonto anzumelden, müssen Sie sich zuerst <0>abmelden</0>.',
    newAccountCreated:
      'Für Sie wurde auf <a href="{{serverURL}}">{{serverURL}}</a> ein Benutzerkonto angelegt. Bitte bestätigen Sie Ihre E-Mail-Adresse über diesen Link: <a href="{{verificationURL}}">{{verificationURL}}</a><br> Danach können Sie sich anmelden.',
    resetYourPassword: 'Passwort zurücksetzen',
    verifyYourEmail: 'E-Mail-Adresse bestätigen',
    youAreInactive:
      'Sie waren einige Zeit inaktiv und werden zu Ihrer Sicherheit in Kürze abgemeldet. Möchten Sie angemeldet bleiben?',
    youAreReceivingResetPassword:
      'Sie erhalten diese Nachricht, weil für Ihr Benutzerkonto das Zurücksetzen des Passworts angefordert wurde. Bitte öffnen Sie den folgenden Link, um fortzufahren:',
    youDidNotRequestPassword:
      'Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail. Ihr Passwort bleibt unverändert.',
  },
  error: {
    deletingTitle:
      'Beim Löschen von {{title}} ist ein Fehler aufgetreten. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    documentNotFound:
      'Der Datensatz mit der ID {{id}} wurde nicht gefunden. Er wurde gelöscht, hat nie existiert, oder Sie haben keinen Zugriff darauf.',
    insufficientClipboardPermissions: 'Zugriff auf die Zwischenablage verweigert. Bitte prüfen Sie die Berechtigungen.',
    noMatchedField: 'Kein passendes Feld für „{{label}}“ gefunden',
    notAllowedToAccessPage: 'Sie haben keine Berechtigung für diese Seite.',
    notAllowedToPerformAction: 'Sie haben keine Berechtigung für diese Aktion.',
    restoringTitle:
      'Beim Wiederherstellen von {{title}} ist ein Fehler aufgetreten. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    unauthorized: 'Nicht angemeldet: Bitte melden Sie sich an, um diese Anfrage zu stellen.',
    unauthorizedAdmin: 'Dieses Benutzerkonto hat keinen Zugang zur Verwaltung.',
    unverifiedEmail: 'Bitte bestätigen Sie Ihre E-Mail-Adresse, bevor Sie sich anmelden.',
  },
  fields: {
    chooseBetweenCustomTextOrDocument: 'Wählen Sie zwischen einer eigenen URL und einem verknüpften Datensatz.',
    chooseDocumentToLink: 'Wählen Sie den Datensatz, den Sie verknüpfen möchten',
  },
  general: {
    aboutToDelete: 'Sie sind dabei, {{label}} <1>{{title}}</1> zu löschen. Sind Sie sicher?',
    aboutToDeleteCount_many: 'Sie sind dabei, {{count}} {{label}} zu löschen.',
    aboutToDeleteCount_one: 'Sie sind dabei, {{count}} {{label}} zu löschen.',
    aboutToDeleteCount_other: 'Sie sind dabei, {{count}} {{label}} zu löschen.',
    aboutToPermanentlyDelete: 'Sie sind dabei, {{label}} <1>{{title}}</1> endgültig zu löschen. Sind Sie sicher?',
    aboutToPermanentlyDeleteTrash:
      'Sie sind dabei, <0>{{count}}</0> <1>{{label}}</1> endgültig aus dem Papierkorb zu löschen. Sind Sie sicher?',
    aboutToRestore: 'Sie sind dabei, {{label}} <1>{{title}}</1> wiederherzustellen. Sind Sie sicher?',
    aboutToRestoreAsDraft: 'Sie sind dabei, {{label}} <1>{{title}}</1> als Entwurf wiederherzustellen. Sind Sie sicher?',
    aboutToRestoreAsDraftCount: 'Sie sind dabei, {{count}} {{label}} als Entwurf wiederherzustellen.',
    aboutToRestoreCount: 'Sie sind dabei, {{count}} {{label}} wiederherzustellen.',
    aboutToTrash: 'Sie sind dabei, {{label}} <1>{{title}}</1> in den Papierkorb zu verschieben. Sind Sie sicher?',
    aboutToTrashCount: 'Sie sind dabei, {{count}} {{label}} in den Papierkorb zu verschieben.',
    changesNotSaved: 'Ihre Änderungen wurden nicht gespeichert. Wenn Sie diese Seite verlassen, gehen sie verloren.',
    copyWarning: 'Sie sind dabei, {{to}} mit {{from}} für {{label}} {{title}} zu überschreiben. Sind Sie sicher?',
    create: 'Anlegen',
    createNew: 'Neu anlegen',
    createNewLabel: '{{label}} anlegen',
    creating: 'Wird angelegt',
    creatingNewLabel: '{{label}} anlegen',
    currentlyEditing:
      'bearbeitet diesen Datensatz gerade. Wenn Sie übernehmen, wird die Bearbeitung gesperrt, und ungespeicherte Änderungen können verloren gehen.',
    documentOutOfDate: 'Dieser Datensatz wurde inzwischen von jemand anderem geändert. Ihre Ansicht ist veraltet.',
    enterAValue: 'Wert eingeben',
    false: 'Nein',
    moveConfirm: 'Sie sind dabei, {{count}} {{label}} nach <1>{{destination}}</1> zu verschieben. Sind Sie sicher?',
    noLabel: 'Ohne {{label}}',
    noTrashResults: 'Keine Einträge „{{label}}“ im Papierkorb.',
    sorryNotFound: 'Zu Ihrer Anfrage wurde leider nichts gefunden.',
    true: 'Ja',
    unauthorized: 'Keine Berechtigung',
    unsavedChanges: 'Sie haben ungespeicherte Änderungen. Speichern oder verwerfen Sie sie, bevor Sie fortfahren.',
    unsavedChangesDuplicate: 'Sie haben ungespeicherte Änderungen. Möchten Sie trotzdem duplizieren?',
  },
  validation: {
    emailAddress: 'Bitte geben Sie eine gültige E-Mail-Adresse an.',
    enterNumber: 'Bitte geben Sie eine gültige Zahl an.',
    trueOrFalse: 'Dieses Feld kann nur ja oder nein sein.',
    username:
      'Bitte geben Sie einen gültigen Benutzernamen an: Buchstaben, Ziffern, Bindestriche, Punkte und Unterstriche.',
  },
  version: {
    noRowsFound: 'Keine Einträge „{{label}}“ gefunden',
    noRowsSelected: 'Keine Einträge „{{label}}“ ausgewählt',
  },
} as const
