/** Fictional building blocks for sample networks, from many cultures; no real people. */
export const FIRST_NAMES = [
  'Ada', 'Alan', 'Grace', 'Linus', 'Margaret', 'Katherine', 'Dorothy', 'Barbara', 'Frances', 'Radia',
  'James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth',
  'William', 'Susan', 'Richard', 'Jessica', 'Joseph', 'Sarah', 'Thomas', 'Karen', 'Charles', 'Emily',
  'Sofía', 'Mateo', 'Lucía', 'Santiago', 'Valentina', 'Alejandro', 'Camila', 'Diego', 'Isabel', 'Javier',
  'Jürgen', 'Lena', 'Lukas', 'Anna', 'Maximilian', 'Jörg', 'Sophie', 'Felix', 'Käthe', 'Matthias',
  'Chloé', 'Léa', 'Hugo', 'Élodie', 'Théo', 'Manon', 'Gaël', 'Inès', 'Louis', 'Amélie',
  'Katarzyna', 'Piotr', 'Agnieszka', 'Tomasz', 'Małgorzata', 'Krzysztof', 'Zofia', 'Paweł',
  'Aarav', 'Priya', 'Rohan', 'Ananya', 'Vikram', 'Kavya', 'Arjun', 'Diya', 'Rahul', 'Sneha',
  'Wei', 'Xiaoming', 'Li', 'Jing', 'Hao', 'Mei', 'Jun', 'Yan', 'Zhen', 'Lei',
  'Haruto', 'Yui', 'Sota', 'Hina', 'Ren', 'Sakura', 'Kaito', 'Aoi', 'Takumi', 'Yuna',
  'Chinedu', 'Ngozi', 'Oluwaseun', 'Adaeze', 'Emeka', 'Folake', 'Tunde', 'Chiamaka',
  'Omar', 'Layla', 'Youssef', 'Fatima', 'Karim', 'Amira', 'Hassan', 'Nour',
  'Emre', 'Elif', 'Burak', 'Zeynep', 'Mehmet', 'Ayşe', 'Can', 'Defne',
  'Minh', 'Linh', 'Tuấn', 'Hương', 'Quang', 'Thảo',
  'João', 'Ana', 'Pedro', 'Beatriz', 'Gabriel', 'Larissa', 'Rafael', 'Juliana',
  'Sam', 'Alex', 'Jordan', 'Taylor', 'Morgan', 'Casey', 'Riley', 'Jamie',
];

export const LAST_NAMES = [
  'Lovelace', 'Turing', 'Hopper', 'Hamilton', 'Johnson', 'Vaughan', 'Liskov', 'Allen', 'Perlman', 'Goldberg',
  'Smith', 'Brown', 'Taylor', 'Wilson', 'Davies', 'Evans', 'Thomas', 'Roberts', 'Walker', 'Wright',
  'García', 'Martínez', 'López', 'González', 'Rodríguez', 'Fernández', 'Sánchez', 'Pérez', 'Gómez', 'Díaz',
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schäfer', 'Köhler',
  'Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Laurent', 'Girard', 'Bonnet', 'Rousseau', 'Lambert',
  'Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański',
  'Sharma', 'Patel', 'Iyer', 'Reddy', 'Gupta', 'Nair', 'Menon', 'Chatterjee', 'Singh', 'Rao',
  'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou',
  'Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato',
  'Okafor', 'Adeyemi', 'Nwosu', 'Balogun', 'Eze', 'Okonkwo', 'Adebayo', 'Obi',
  'Haddad', 'Mansour', 'Khalil', 'Nasser', 'Saleh', 'Farouk', 'Aziz', 'Rahman',
  'Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Öztürk', 'Aydın',
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ',
  'Silva', 'Santos', 'Oliveira', 'Souza', 'Costa', 'Pereira', 'Almeida', 'Ferreira',
  'Example', 'Sample', 'Placeholder', 'Doe',
];

export const COMPANIES = [
  'Acme, Inc.', 'Globex Corporation', 'Initech', 'Umbrella Labs', 'Hooli', 'Pied Piper', 'Stark Industries',
  'Wayne Enterprises', 'Wonka Confections', 'Cyberdyne Systems', 'Soylent Foods', 'Tyrell Corp', 'Vandelay Industries',
  'Oceanic Airlines', 'Massive Dynamic', 'Aperture Science', 'Black Mesa Research', 'Monarch Solutions',
  'Analytical Engines, Ltd.', 'Bletchley Analytics', 'Café “Zürich” GmbH', 'Nordlicht Software AG', 'Sociedad Andina S.A.',
  'Lumière & Fils', 'Kowalski i Synowie', 'Bharat Cloud Services', 'Jade River Tech', 'Sakura Robotics K.K.',
  'Lagos Fintech Partners', 'Cedar Logistics', 'Bosphorus Digital', 'Mekong Data', 'Pampa Agro Ltda.',
  'Example University', 'City Hospital Trust', 'Open Source Foundation', 'Northwind Traders', 'Contoso Ltd.',
  'Fabrikam, Inc.', 'Tailspin Toys', 'Wide World Importers', 'Adventure Works', 'Blue Yonder Airlines',
  'Litware', 'Proseware', 'Lucerne Publishing', 'Margie’s Travel', 'Coho Winery', 'Trey Research', 'Alpine Ski House',
  'Freelance', 'Self-employed', 'Stealth Startup', 'Hexagon Consulting', 'Quantum Kitchens', 'Greenfield Energy',
];

export const POSITIONS = [
  'Software Engineer', 'Senior Software Engineer', 'Staff Engineer', 'Engineering Manager', 'CTO', 'CEO', 'Founder',
  'Product Manager', 'Senior Product Designer', 'UX Researcher', 'Data Scientist', 'Machine Learning Engineer',
  'Recruiter', 'Senior Technical Recruiter', 'Talent Acquisition Partner', 'Account Executive', 'Sales Director',
  'Marketing Manager', 'Growth Lead', 'Head of Partnerships', 'Customer Success Manager', 'Solutions Architect',
  'DevOps Engineer', 'Site Reliability Engineer', 'Security Analyst', 'QA Lead', 'Technical Writer',
  'Research Scientist, Robotics', 'Professor of Computer Science', 'PhD Candidate', 'Student', 'Intern',
  'Consultant', 'Principal Consultant', 'Barista, Trainer & Mentor', 'Nurse', 'Attorney', 'Accountant',
  'Operations Manager', 'Chief of Staff', 'VP Engineering', 'Board Member', 'Investor', 'Photographer',
];

export const EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net', 'mail.example.com', 'inbox.example.org'];
export const MASTODON_HOSTS = ['mastodon.example', 'social.example.org', 'fosstodon.example', 'hachyderm.example'];
