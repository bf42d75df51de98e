// Our additions to Payload's own Dutch and English texts (config `i18n.translations`): words
// Payload leaves in English in its Dutch catalogue, and the `doorstart:` keys our views use
// through Payload's `t()` (tab labels, navigation).
export const translations = {
  nl: {
    general: {
      dashboard: 'Overzicht',
      payloadSettings: 'Instellingen',
      // Payload's Dutch catalogue has a translator's prompt here instead of the word.
      restoring: 'Herstellen…',
    },
    // Payload's says "Het document met ID 4 …": no ids for people, and "je" like the rest of Doorstart.
    error: { documentNotFound: 'Niet gevonden: het is verwijderd, heeft nooit bestaan, of je hebt er geen toegang toe.' },
    upload: { bulkUpload: 'Meerdere bestanden uploaden' },
    version: {
      aboutToUnpublishSelection: 'Je staat op het punt alle {{label}} in de selectie te depubliceren. Weet je het zeker?',
    },
    doorstart: {
      overview: 'Overzicht',
      newAssessment: 'Nieuwe meting',
      recordReview: 'Evaluatie vastleggen',
      worklist: 'Werklijst',
      recordObservation: 'Observatie vastleggen',
    },
  },
  en: {
    general: { payloadSettings: 'Settings' },
    error: { documentNotFound: 'Not found: it was deleted, never existed, or you have no access to it.' },
    doorstart: {
      overview: 'Overview',
      newAssessment: 'New assessment',
      recordReview: 'Record a review',
      worklist: 'Worklist',
      recordObservation: 'Record an observation',
    },
  },
}
