/** Strings of the Today screen. */
export const todayMessagesEn = {
  title: 'Today',
  date: 'Today is {{date}}.',
  underWay: 'Visits under way',
  upcoming: 'Coming up',
  agenda: "Today's agenda",
  followUps: 'Follow-ups due soon',
  noneUnderWay: 'No visit is under way.',
  noneUpcoming: 'No visits in the next two months.',
  noAgenda: 'Nothing on the agenda today.',
  noFollowUps: 'No follow-ups due in the next two weeks.',
  overdue: 'Overdue',
  due: 'Due {{date}}',
  welcomeTitle: 'Welcome',
  welcome:
    'Welcome to Liaison. Plan visits and delegations, keep your contacts with their protocol details, and follow up afterwards — all of it works offline.',
};
