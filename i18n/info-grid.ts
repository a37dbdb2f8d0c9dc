/** Admin strings of the info grid and the keys handed over (SPEC F-04, table 1580). */
export const infoGrid = {
  de: {
    infoGridTitle: 'Infogrid',
    infoGridLinked: 'Verknüpfte Datensätze',
    infoGridAdd: 'Neu anlegen',
    infoGridAddLabel: '{{label}}: neu anlegen',
    infoGridNotReadable: 'Keine Berechtigung, diese Liste zu sehen',
    keyOtherUnit: 'Das Bestandsverhältnis gehört zu einer anderen Einheit.',
  },
  en: {
    infoGridTitle: 'Info grid',
    infoGridLinked: 'Linked records',
    infoGridAdd: 'Add',
    infoGridAddLabel: 'Add {{label}}',
    infoGridNotReadable: 'No permission to see this list',
    keyOtherUnit: 'The tenancy belongs to another unit.',
  },
} as const
