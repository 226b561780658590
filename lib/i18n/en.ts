import type { Category } from '../claims/schema';
import type { Verdict } from '../claims/verdicts';
import type { FormField } from '../reports/form';
import type { ReportStatus } from '../reports/delivery';
import type { ReportKind } from '../reports/schema';
import type { Settings } from '../settings';

/**
 * The English interface strings: the reference dictionary. Every other language
 * is typed `Messages`, so a missing or extra string is a type error; strings
 * that take values are functions, so a translation can reorder them.
 */
export const en = {
  /** BCP 47 tag for `lang` attributes and number and date formatting. */
  lang: 'en',
  locale: 'en-GB',
  /** Quotation marks around a quoted wording. */
  quote: (s: string) => `“${s}”`,
  /** A list like "a, b and c". */
  list: (items: string[]) => new Intl.ListFormat('en', { type: 'conjunction' }).format(items),

  verdicts: {
    false: 'False',
    misleading: 'Misleading',
    disputed: 'Disputed',
    'needs-context': 'Needs context',
  } satisfies Record<Verdict, string>,
  verdictHints: {
    false: 'The historical record contradicts it.',
    misleading: 'Built on something true, but gives a wrong picture.',
    disputed: 'Historians disagree, or the evidence is thin.',
    'needs-context': 'True as stated, but easily misread without context.',
  } satisfies Record<Verdict, string>,
  categories: {
    'inflated-figure': 'Inflated figure',
    'understated-figure': 'Understated figure',
    fabricated: 'Fabricated',
    'misattributed-quote': 'Misattributed quote',
    'propaganda-origin': 'Propaganda origin',
    'out-of-context': 'Out of context',
    conflation: 'Conflation',
    unsupported: 'Unsupported',
    denial: 'Denial',
  } satisfies Record<Category, string>,

  // Claim details (library, popover)
  whatHistoriansFound: 'What historians found',
  sources: 'Sources',
  pages: (p: string) => `pp. ${p}`,
  whyHighlighted: 'Why this was highlighted',
  exactWording: 'The page repeats a known wording of this claim',
  matchedWords: 'Matched words',
  topicNamedEarlier: 'The paragraph named its subject earlier:',
  pageFigure: 'Page figure:',
  readAs: (value: string) => `read as ${value}`,
  closestWording: 'Closest known wording:',
  matchScore: (percent: number) => `Match score ${percent}%`,
  partialMatch: 'partial match, shown because sensitivity is set to “More highlights”',

  // Claims library
  libraryTitle: 'Caveat claims library',
  libraryIntro: (n: number) => `${n} dubious claims about the Second World War, with what historians found.`,
  search: 'Search',
  searchPlaceholder: 'e.g. Dresden, Bacque, 1.5 million',
  verdict: 'Verdict',
  category: 'Category',
  all: 'All',
  results: (n: number): string => (n === 1 ? '1 entry' : `${n} entries`),
  claim: 'Claim:',
  origin: 'Origin:',
  related: 'Related:',
  lastReviewed: (date: string) => `Last reviewed ${date}.`,

  // Toolbar popup (components/PopupApp.tsx)
  popupLoading: 'Loading…',
  popupOnFor: (host: string) => `On for ${host}`,
  popupNotHere: 'Caveat does not run on this page.',
  popupOffHere: 'Caveat is off for this site.',
  /** Follows the number in "<strong>3</strong> dubious claims on this page". */
  popupCount: (n: number): string => (n === 1 ? 'dubious claim on this page' : 'dubious claims on this page'),
  popupError: (reason: string) => `Caveat could not check this page: ${reason}`,
  popupTruncated: 'This page is very long; Caveat checked only its first 5 million characters.',
  popupLibrary: 'Claims library',
  popupReport: 'Report a claim on this page',
  popupSettings: 'Settings',
  popupCheckPage: 'Check this page',
  popupClickMode: 'Caveat checks pages only when you ask.',

  // In-page popover (components/Popover.tsx, components/ClaimCard.tsx)
  popoverLabel: 'Caveat: context for this claim',
  close: 'Close',
  textOnPage: 'Text on this page',
  readMore: 'Read more in the claims library',

  // Options page
  optionsTitle: 'Caveat settings',
  optionsIntro: 'Changes are saved at once and apply to open tabs straight away.',
  saving: 'Saving…',
  saved: 'Saved',
  saveFailed: (reason: string) => `Could not save: ${reason}`,

  sectionWhere: 'Where Caveat runs',
  modeLegend: 'Check pages',
  modeAlways: 'On every page I open',
  modeAlwaysHint: 'Caveat reads each web page as it loads and highlights the claims it knows.',
  modeClick: 'Only when I click the toolbar button',
  modeClickHint: 'Caveat leaves pages alone until you open its toolbar popup and choose “Check this page”.',
  sitesHeading: 'Sites where Caveat is off',
  sitesHint: 'Turning a site off also covers its subdomains (example.com covers www.example.com). The switch in the toolbar popup does the same for the site you are on.',
  sitesEmpty: 'None: Caveat runs on every site.',
  siteInputLabel: 'Site',
  siteInputPlaceholder: 'example.com or a page address',
  siteAdd: 'Turn off',
  siteRemove: 'Turn on again',
  siteRemoveLabel: (host: string) => `Turn Caveat on again for ${host}`,
  siteInvalid: (input: string) => `“${input}” is not a web address or site name. Enter something like example.com.`,
  siteCovered: (host: string) => `Caveat is already off for ${host}.`,

  sectionHighlights: 'What Caveat highlights',
  verdictsLegend: 'Claims rated',
  verdictsNone: 'No rating is selected, so Caveat highlights nothing.',
  sensitivityLegend: 'Sensitivity',
  sensitivity: {
    strict: 'Fewer highlights',
    balanced: 'Balanced (recommended)',
    sensitive: 'More highlights',
  } satisfies Record<Settings['sensitivity'], string>,
  sensitivityHints: {
    strict: 'Only sentences that closely repeat a known wording. Fewest false alarms; misses loose paraphrases.',
    balanced: 'Sentences that contain every part of a claim. Rarely wrong, rarely misses.',
    sensitive: 'Also sentences missing one part of a longer claim. Catches more, with more false alarms.',
  } satisfies Record<Settings['sensitivity'], string>,
  styleLegend: 'Highlight style',
  styles: {
    underline: 'Underline',
    background: 'Background colour',
    dotted: 'Dotted underline',
  } satisfies Record<Settings['style'], string>,
  stylePreview: 'at least a million prisoners were shot',

  sectionLanguage: 'Language',
  languageLabel: 'Interface language',
  languageAuto: 'Same as the browser',

  sectionReports: 'Reports',
  endpointLabel: 'Report server address (optional)',
  endpointHint: 'Without an address, the reports you file stay in this browser and are never sent anywhere. With one, Caveat sends each report there.',
  endpointInvalid: 'Enter an address that starts with https:// or http://, or leave the field empty.',
  endpointHttp: 'Reports to an http:// address travel unencrypted.',
  endpointSaved: (url: string) => `Reports are sent to ${url}.`,
  endpointNone: 'Reports stay in this browser.',

  sectionKeyboard: 'Keyboard shortcuts',
  shortcutNext: 'Go to the next highlighted claim',
  shortcutPopup: 'Open the toolbar popup',
  shortcutNone: 'not set',
  shortcutsChange: 'Change shortcuts',

  sectionBackup: 'Back up and restore',
  backupHint: 'Save your settings as a file, or load them from one (for example on another computer).',
  exportButton: 'Export settings',
  importLabel: 'Import settings from a file',
  imported: 'Settings imported.',
  resetButton: 'Restore defaults',
  resetConfirm: 'Restore every setting to its default? The list of sites where Caveat is off will be emptied.',
  resetDone: 'Defaults restored.',
  importFailed: 'Nothing was changed.',
  importErrors: {
    tooLarge: 'This file is too large to be a Caveat settings file.',
    notJson: (detail: string) => `This file is not valid JSON (${detail}).`,
    notSettings: 'This file is not a Caveat settings file.',
    newerVersion: (v: number) => `This file comes from a newer version of Caveat (settings version ${v}). Update Caveat, then try again.`,
    unknownField: (field: string) => `This file contains a setting Caveat does not know: “${field}”.`,
    badValue: (label: string) => `This file contains a value Caveat cannot use for “${label}”.`,
    badItem: (label: string, n: number) => `This file contains a value Caveat cannot use for “${label}” (entry ${n}).`,
    unreadable: 'The file could not be read.',
  },
  /** Names of the settings, as import errors mention them. */
  fields: {
    disabledSites: 'Sites where Caveat is off',
    verdicts: 'Claims rated',
    sensitivity: 'Sensitivity',
    style: 'Highlight style',
    mode: 'Check pages',
    language: 'Interface language',
    reportEndpoint: 'Report server address',
  } satisfies Record<keyof Settings, string>,

  // Report form and My reports (components/ReportForm.tsx, components/ReportsApp.tsx and their parts).
  // Strings with a link or an emphasised part are functions that put the part (any node) in its place.
  reportTitle: 'Report to Caveat',
  reportLede: 'Tell the maintainers about a dubious claim, a wrong highlight or a better source.',
  reportsNavLabel: 'Reports',
  myReports: 'My reports',
  myReportsTitle: 'My reports – Caveat',
  reportKinds: {
    'new-claim': 'Dubious claim Caveat missed',
    'false-positive': 'Wrong highlight',
    'better-source': 'Better source',
  } satisfies Record<ReportKind, string>,
  reportKindHints: {
    'new-claim': 'A statement on a page that Caveat should warn about.',
    'false-positive': 'Caveat highlighted text that does not make the claim, or makes an accurate one.',
    'better-source': 'A published source that supports or corrects what Caveat says about this claim.',
  } satisfies Record<ReportKind, string>,
  /** Field names as the form labels them, for messages that stand alone (the error summary). */
  reportFields: {
    kind: 'Kind of report',
    selection: 'Text on the page',
    sentence: 'Sentence around it',
    why: 'Why it is dubious',
    sourceUrl: 'Source',
    verdict: 'Suggested verdict',
    pageTitle: 'Page title',
    pageUrl: 'Page address',
  } satisfies Record<FormField, string>,
  /** The label of the "why" field depends on what is reported. */
  reportWhyLabels: {
    'new-claim': 'Why is it dubious?',
    'false-positive': 'What is wrong with the highlight?',
    'better-source': 'Why is this source better?',
  } satisfies Record<ReportKind, string>,
  reportErrors: {
    selectionMissing: 'Enter or paste the text you are reporting.',
    whyMissing: 'Say in a few words why this claim is dubious.',
    sourceMissing: 'Enter the address of the better source.',
    sourceNotHttp: 'Enter a web address starting with http:// or https://.',
    tooLong: (label: string, max: number) => `${label} must be at most ${max} characters.`,
    /** Any other problem the report schema finds; `detail` is its (English) wording. */
    invalid: (label: string, detail: string) => `${label} ${detail}.`,
    notSaved: (detail: string) => `This report could not be saved: ${detail}.`,
  },
  reportProblems: (n: number): string => (n === 1 ? 'There is a problem' : `There are ${n} problems`),
  reportFormLabel: 'Report',
  reportKindLegend: 'What are you reporting?',
  reportAboutEntry: 'About Caveat’s entry:',
  reportSelectionHint: 'The words that make the claim, as they appear on the page.',
  reportSentenceHint: 'Context helps the maintainers recognise the claim in other wordings.',
  reportWhyHint: 'For example, what historians found instead, in your own words.',
  reportSourceLabel: 'A source that supports your report',
  reportBetterSourceLabel: 'Address of the better source',
  reportSourceHint: 'A web address (https://…) of a book, article or archive record.',
  reportNoVerdict: 'No suggestion',
  reportPageLegend: 'The page',
  reportPageHint: 'Sent with the report so the maintainers can see the claim where it appears. Clear these fields if the page is private.',
  optional: ' (optional)',
  reportFormSentTo: <T>(host: T): (string | T)[] => [
    'This report is saved in this browser and sent to ',
    host,
    '. Only what is in this form is sent, nothing else from the page.',
  ],
  reportFormLocal: <T>(myReportsLink: T): (string | T)[] => [
    'No report server is set, so this report stays in this browser. From ',
    myReportsLink,
    ' you can export your reports as a file for the maintainers or open one as an issue on the project’s tracker. Only what is in this form is saved, nothing else from the page.',
  ],
  setReportServer: 'Set a report server',
  reportSaveAndSend: 'Save and send report',
  reportSave: 'Save report',
  reportCancel: 'Cancel',
  reportSaveFailed: (detail: string) => `The report could not be saved: ${detail}`,
  reportNoBackground: 'Caveat’s background did not answer, so the report was not saved. Try again in a moment.',

  reportsLoading: 'Loading…',
  reportsReadFailed: (detail: string) => `Your reports could not be read: ${detail}`,
  reportsFileNew: 'File a new report',
  reportsSaved: 'Report saved.',
  reportsSentTo: <T>(host: T): (string | T)[] => [
    'Reports are sent to ',
    host,
    '. A report counts as sent only once that server confirms it received it; until then Caveat keeps it here and tries again, waiting longer after each failure.',
  ],
  reportsLocal: <T>(command: T): (string | T)[] => [
    'No report server is set, so your reports stay in this browser and are never sent. To pass them on, export them as a file for the maintainers (it is what ',
    command,
    ' reads), or open one as an issue on the project’s tracker.',
  ],
  reportsExportAll: (n: number) => `Export all as JSON (${n})`,
  reportsSendNow: (n: number) => `Send now (${n})`,
  /** The context menu item is named in English whatever the language (`menu`). */
  reportsEmpty: (menu: string) =>
    `You have not filed any reports. Select text on a page, right-click it and choose “${menu}”, or use “Report a claim on this page” in Caveat’s toolbar popup.`,
  reportsListLabel: 'Your reports, newest first',
  reportEntry: 'Entry',
  reportPage: 'Page',
  reportSentence: 'Sentence',
  reportWhy: 'Why',
  reportComment: 'Comment',
  reportSource: 'Source',
  reportSuggestedVerdict: 'Suggested verdict',
  reportFiled: 'Filed',
  reportOpenIssue: 'Open as an issue on GitHub',
  newTab: ' (new tab)',
  reportConfirmDeletion: 'Confirm deletion',
  reportDeleteQuestion: 'Delete this report from this browser?',
  reportDelete: 'Delete',
  reportKeep: 'Keep',
  reportDeleteStart: 'Delete…',
  reportStatus: {
    sent: 'Sent',
    sending: 'Sending…',
    local: 'Local only',
    queued: 'Queued',
    retrying: 'Not sent yet',
  } satisfies Record<ReportStatus['kind'], string>,
  /** `host` is undefined when the report server's address is unknown. */
  statusReceived: <T>(host: string | undefined, time: T): (string | T)[] => [`Received by ${host ?? 'the report server'} on `, time, '.'],
  statusSending: 'Being sent now.',
  statusLocal: 'Stays in this browser: no report server is set.',
  statusQueued: (host: string | undefined) => `Waiting to be sent to ${host ?? 'the report server'}.`,
  statusFailed: (n: number): string => (n === 1 ? '1 failed attempt' : `${n} failed attempts`),
  statusNextTry: 'Next try:',
  asideTitle: (n: number) => `Unreadable entries (${n})`,
  asideIntro:
    'These stored reports could not be read (damaged storage, or saved by a different version of Caveat). They are kept as they were and never sent. Download one to recover its text, or delete it.',
  asideSetAside: 'set aside',
  asideDownload: 'Download',
  asideDelete: 'Delete',
};

/** The shape every dictionary has. */
export type Messages = typeof en;
