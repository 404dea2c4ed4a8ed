/** How long a snooze or a word mute lasts: forever (null) or a number of days. */
export const DURATIONS: { days: number | null; label: string }[] = [
  { days: null, label: 'Until I lift it' },
  { days: 1, label: '1 day' },
  { days: 7, label: '7 days' },
  { days: 30, label: '30 days' },
];
