import { textFile } from './corpus-files.js';

/**
 * Invented people in the real export shapes, for the reconnect tests: Mira is known from
 * LinkedIn (her connection email), a vCard and Google; Tomas from LinkedIn only, with a
 * profile page; Ines from an old export with neither a profile URL nor any other address.
 */
export const CONNECTIONS = `Notes:
"When exporting your connection data, you may notice that some of the email addresses are missing."

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Mira,Castell,https://www.linkedin.com/in/mira-castell,mira@work.example,Northwind Studio,Designer,04 Apr 2021
Tomas,Reyes,https://www.linkedin.com/in/tomas-reyes,tomas@linkedin-only.example,,Engineer,12 May 2022
Ines,Okafor,,ines@only.example,Fabrikam,Analyst,03 Mar 2020
`;

/** A later export: Mira is listed again (she accepted), with a new position. */
export const CONNECTIONS_AGAIN = `First Name,Last Name,URL,Email Address,Company,Position,Connected On
Mira,Castell,https://www.linkedin.com/in/mira-castell,mira@work.example,Northwind Studio,Lead Designer,20 Nov 2026
Tomas,Reyes,https://www.linkedin.com/in/tomas-reyes,tomas@linkedin-only.example,,Engineer,12 May 2022
`;

export const VCARD = `BEGIN:VCARD
VERSION:3.0
N:Castell;Mira;;;
FN:Mira Castell
EMAIL;TYPE=HOME:mira.castell@home.example
EMAIL;TYPE=WORK:mira@work.example
END:VCARD
`;

export const GOOGLE = `First Name,Middle Name,Last Name,Organization Name,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value
Mira,,Castell,Northwind Studio,* Other,mira@studio.example,Work,mira@work.example
`;

/** Outgoing invitations from the export's owner, Sam Example. */
export const invitations = (...rows: { to: string; slug: string; sentAt: string }[]) =>
  textFile(
    'Invitations.csv',
    `From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n${rows
      .map(
        (row) =>
          `Sam Example,${row.to},"${row.sentAt}",,OUTGOING,https://www.linkedin.com/in/sam-example,https://www.linkedin.com/in/${row.slug}`,
      )
      .join('\n')}\n`,
  );

export const connectionsFile = () => textFile('Connections.csv', CONNECTIONS);
export const connectionsAgainFile = () => textFile('Connections.csv', CONNECTIONS_AGAIN);
export const vcardFile = () => textFile('contacts.vcf', VCARD);
export const googleFile = () => textFile('google.csv', GOOGLE);
