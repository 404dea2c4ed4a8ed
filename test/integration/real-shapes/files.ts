/**
 * Small invented files in the shapes real exports have (issue 8): every name, address and
 * date here is made up; only the layout follows what people's real exports look like.
 */
const CRLF = '\r\n';
const lines = (...rows: string[]): string => `${rows.join(CRLF)}${CRLF}`;

const LINKEDIN_NOTES =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n';

/** A pre-2021 export: no preamble, no URL column, `4-Apr-21` dates. */
export const connectionsOld = lines(
  'First Name,Last Name,Email Address,Company,Position,Connected On',
  'Ada,Lovelace,,Acme,Engineer,4-Apr-21',
  'Charles,Babbage,,Difference Ltd,Founder,12-Jan-19',
  ',,,,,3-Mar-20',
);

/** The same network exported today: the preamble, profile URLs, `04 Apr 2021` dates. */
export const connectionsCurrent =
  '\uFEFF' +
  LINKEDIN_NOTES +
  lines(
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    'Ada,Lovelace,https://www.linkedin.com/in/ada-example,,Acme,Engineer,04 Apr 2021',
    'Charles,Babbage,https://www.linkedin.com/in/charles-example,,Difference Ltd,Founder,12 Jan 2019',
    ',,,,,,03 Mar 2020',
  );

/** Dates in every era and re-save: ISO, Excel's `09-Feb-23`, and day-first numeric dates. */
export const connectionsMixedDates = lines(
  'First Name,Last Name,Email Address,Company,Position,Connected On',
  'Iso,Person,,Acme,Engineer,2023-02-09',
  'Excel,Person,,Acme,Engineer,09-Feb-23',
  'Slash,Person,,Acme,Engineer,26/08/2021',
  'Early,Person,,Acme,Engineer,03/04/2021',
);

/** Excel in a European locale: semicolons, dotted day-first dates. */
export const connectionsSemicolon = lines(
  'First Name;Last Name;Company;Position;Connected on',
  'Ada;Lovelace;Acme;Engineer;26.08.2021',
  'Grace;Hopper;"Navy; Reserve";Admiral;03.04.2020',
);

export const connectionsTab = lines(
  'First Name\tLast Name\tCompany\tPosition\tConnected On',
  'Ada\tLovelace\tAcme\tEngineer\t26.08.2021',
);

/** Two people behind one family address, and one person written two ways under another. */
export const googleFamily = lines(
  'First Name,Last Name,Name,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Value',
  'Ada,Lovelace,Ada Lovelace,* Home,family@example.com,',
  'Charles,Babbage,Charles Babbage,* Home,family@example.com,',
  'Niels,Bohr,"Bohr, Niels",* Work,niels@example.org,',
  ',,Niels Bohr,* Work,niels@example.org,',
  ',,,Other,niels@example.org,',
  'Lise,Meitner,Lise Meitner,,,+43 1 234 5678',
);

/** The owner and a recipient have commas in their names; a draft was never sent. */
export const connectionsForMessages =
  LINKEDIN_NOTES +
  lines(
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    'Grace,"Hopper, PhD",https://www.linkedin.com/in/grace-example,,Navy,Admiral,01 Jan 2020',
    'Ada,Lovelace,https://www.linkedin.com/in/ada-example,,Acme,Engineer,04 Apr 2021',
  );

export const messagesWithCommas = lines(
  'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT',
  '1-a,,"Alan Turing, OBE",https://www.linkedin.com/in/alan-example,"Grace Hopper, PhD",https://www.linkedin.com/in/grace-example,2024-01-01 10:00:00 UTC,,Hello,INBOX,No',
  '1-a,,"Grace Hopper, PhD",https://www.linkedin.com/in/grace-example,"Alan Turing, OBE",https://www.linkedin.com/in/alan-example,2024-01-02 10:00:00 UTC,,Hi,INBOX,No',
  '2-b,,"Alan Turing, OBE",https://www.linkedin.com/in/alan-example,"Grace Hopper, PhD, Ada Lovelace","https://www.linkedin.com/in/grace-example,https://www.linkedin.com/in/ada-example",2024-02-01 10:00:00 UTC,,To you both,INBOX,No',
  '3-c,,"Alan Turing, OBE",https://www.linkedin.com/in/alan-example,Ada Lovelace,https://www.linkedin.com/in/ada-example,2024-03-01 10:00:00 UTC,,Draft,DRAFT,Yes',
);

/** LinkedIn's 2018 export: `Messages.csv` with Direction, `4/11/18, 10:52 AM` dates. */
export const connections2018 = lines(
  'First Name,Last Name,Email Address,Company,Position,Connected On',
  'Ada,Lovelace,,Acme,Engineer,11/4/18',
  'Grace,Hopper,,Navy,Admiral,2/1/17',
);

export const messages2018 = lines(
  'From,To,Date,Subject,Content,Direction,Folder',
  'Ada Lovelace,Sam Owner,"4/11/18, 10:52 AM",Hi,Hello Sam,INCOMING,INBOX',
  'Sam Owner,Grace Hopper,"4/12/18, 3:05 PM",Re,Hello Grace,OUTGOING,SENT',
);

/** An invitations file cut off inside a quote: unreadable, and alone in that. */
export const brokenInvitations = 'From,To,Sent At,Message,Direction\nAda Lovelace,Sam Owner,"4/11/18, 10:52 AM,"Hi,\n';

/** Mastodon's old follow export: one address per line, no header. */
export const followingHeaderless = lines('ada@mastodon.example', 'grace@fedi.example');

/** A contacts CSV with a single Name column. */
export const nameColumnCsv = lines('Name,Email', 'Ada Lovelace,ada@example.com', 'Grace Hopper,grace@example.com');

/** A card with only a phone number. */
export const phoneOnlyCard = lines('BEGIN:VCARD', 'VERSION:3.0', 'TEL;TYPE=CELL:+44 20 7946 0958', 'END:VCARD');
