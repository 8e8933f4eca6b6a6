-- The dataset, compiled from seeds/ by `npm run seeds:compile`. Generated: do not edit;
-- change seeds/records or seeds/articles and compile again.
-- dataset version 599a93b20959e7e9
DELETE FROM "citations";
--> statement-breakpoint
DELETE FROM "statements";
--> statement-breakpoint
DELETE FROM "penalty_amount_equivalents";
--> statement-breakpoint
DELETE FROM "penalties";
--> statement-breakpoint
DELETE FROM "incident_parties";
--> statement-breakpoint
DELETE FROM "incident_quantities";
--> statement-breakpoint
DELETE FROM "incident_data_categories";
--> statement-breakpoint
DELETE FROM "incidents";
--> statement-breakpoint
DELETE FROM "people";
--> statement-breakpoint
DELETE FROM "organisation_aliases";
--> statement-breakpoint
DELETE FROM "organisations";
--> statement-breakpoint
DELETE FROM "regulators";
--> statement-breakpoint
DELETE FROM "sources";
--> statement-breakpoint
DELETE FROM "dataset";
--> statement-breakpoint
INSERT INTO "sources" ("id", "file_name", "title", "publisher", "author", "stated_date", "stated_date_precision", "stated_date_text", "sha256", "byte_length", "char_length", "text") VALUES ('co-operative-life-planning-customer-details-released-online', '001_61ef0a75b2dd9353.txt', 'ICO announces that the details of 82,000 customers of Co-operative Life Planning were released online following hack', NULL, 'Dan Raywood', NULL, NULL, NULL, 'ded1e281de268ac2239cb078f4af0c113d8543b1b1b62a5749f8231fb9b1d79e', 3095, 3087, 'ICO announces that the details of 82,000 customers of Co-operative Life Planning were released online following hack

News by Dan Raywood

The Information Commissioner''s Office (ICO) has announced that Co-operative Life Planning has breached the Data Protection Act.

The Information Commissioner''s Office (ICO) has announced that Co-operative Life Planning has breached the Data Protection Act.

The breach occurred in March 2011 when the details of 82,000 people were accidentally published online when a data file, that had been repaired by Co-operative Life Planning''s software support contractor, was hacked.

The file, which was stored on the contractor''s server, contained personal data relating to tens of thousands of customers who had previously paid into funeral insurance policies, including names, date of births, addresses and insurance contributions.

On being informed of the breach, Co-operative Life Planning ensured that the data was securely deleted by the software services provider and also made sure that the information was no longer available online.

Ian Mackie, managing director of Co-operative Life Planning, has signed an undertaking to ensure that the data loss prevention software already tested by the group will be introduced across all the company''s servers. The organisation will also carry out testing of all future databases which are subject to maintenance to ensure that the data remains secure.

Co-operative Life Planning supplied the ICO with a report about the incident on 8th March, and its investigation found that the software support services provider had no authorisation to copy the data from the organisation''s servers and failed to delete the information once the file had been repaired. Co-operative Life Planning also failed to realise that the data had been transferred on two separate occasions and were unaware that customers'' details had been made available online.

Sally-Anne Poole, acting head of enforcement at the ICO, said: “This case highlights the need for companies to ensure their contractors are following procedures on keeping customers'' personal information secure. Co-operative Life Planning''s customers had an expectation that the organisation would keep their details safe and they have been let down by this breach.

“The ICO takes breaches of the law extremely seriously and always seeks to take the most appropriate level of enforcement action. In this case, a monetary penalty was not appropriate because the information that was compromised was unlikely to cause substantial damage or distress and its disclosure didn''t present a significant risk to the individuals affected.

“Co-operative Life Planning also had appropriate policies already in place around protecting personal information stored on their servers. Our focus has therefore been to make sure the organisation commits to making improvements to stop this from happening again and we are pleased that they are being put in place.”


Find this article useful?

Get more great articles like this in your inbox every lunchtime

Video and interviews');
--> statement-breakpoint
INSERT INTO "sources" ("id", "file_name", "title", "publisher", "author", "stated_date", "stated_date_precision", "stated_date_text", "sha256", "byte_length", "char_length", "text") VALUES ('ico-fines-staysure', '000_f2d0d3df44b55b27.txt', NULL, NULL, NULL, NULL, NULL, NULL, '7ce049e5309abcfa7d7ff05f20d3a85195f525bccddcd22706f834649b14581f', 2215, 2202, 'The Information Commissioner’s Office (ICO) has fined a travel insurer £175,000 after inadequate security on its website exposed 100,000 live credit cards records to hackers.

The negligence of Staysure.co.uk, which specialises in insuring those over 50, led to more than 5,000 customers being defrauded after an attack on its website, which also exposed medical records and card verification values (CVVs) – even though the latter is not supposed to be stored online.

Steve Eckersley, head of enforcement at the ICO, said: "It’s unbelievable to think that a company holding three million customer records did not have the procedures in place to keep that information secure.

"Keeping personal information secure is a basic legal requirement. The company’s actions were unacceptable and this penalty notice reflects the severity of the situation."

The hacker attacked Staysure.co.uk during October 2013, exploiting a vulnerability in the JBoss application server to insert a malicious JavaScript page onto the site.

This created a backdoor into the server through which the hacker could modify source code and query the website’s database, as well as open a command interface giving privileged access to the operating system.

Payment card details collected before June 2008 were found to have been held in plain text on the site, whilst encryption used to obscure credit card numbers after that date was successfully cracked after the hacker found the keys.

CVVs were not encrypted at any point, and even though Staysure.co.uk took the decision to delete them in 2012, the process which was not completed due to "human error", according to the ICO. A new payment system was implemented in May of that year, but some CVVs were still being stored online.

Chris McIntosh, chief executive of communications firm ViaSat UK, said: "While the ICO has been issuing monetary penalties since 2012, it seems that for too many organisations the lessons simply aren’t sinking in.

"True IT security means much more than simply putting firewalls and anti-virus in place. It also means ensuring that systems are regularly tested and updated, and that there are no weak links where an attacker can gain access."');
--> statement-breakpoint
INSERT INTO "sources" ("id", "file_name", "title", "publisher", "author", "stated_date", "stated_date_precision", "stated_date_text", "sha256", "byte_length", "char_length", "text") VALUES ('ico-fines-ticketmaster', '002_075003a18688f306.txt', 'ICO Issues $1.65 Million Fine to Ticketmaster Following Customer Data Leak', 'iTech Post', NULL, '2021', 'year', '© 2021', 'f7ebf3e58a1b2ee5d414e0556f79677611594a70db04979ab7ce5fe2a3160918', 3472, 3453, 'ICO Issues $1.65 Million Fine to Ticketmaster Following Customer Data Leak

Information Commissioner Office (ICO) fines Ticketmaster for the ticketing platform''s failure to secure the customers'' data back in 2018. The penalty is worth over $1.65 million. 

As reported by the BBC, ICO believes that more than nine million customers in Europe had potentially been harvested and affected by the breach; 1.5 million are based in the United Kingdom. 

"Ticketmaster should have done more to reduce the risk of a cyber-attack. Its failure to do so meant that millions of people in the UK and Europe were exposed to potential fraud," ICO''s deputy commissioner James Dipple-Johnstone said. 

Ticketmaster is to appeal against the decision, as the ticket sales company reveals in a statement. The company believes that they have tried to offer full cooperation to the ICO following Inbenta Technologies'' breach. 

Read also: Football Manager 2021: 5 Things to Do When You''re Bored of Your New Save

How Did It Happen?

The chatbot on Ticketmaster''s online payment page, which Inbenta Technologies developed, is said to be the security loophole. Purchases between September 2017 until late June 2018 were the target. 

In 2018, cyber-attackers used the bot to harvest customer payment details, leaving more than nine million users exposed. The malicious code revealed all customers'' details, including full name, address, billing details, telephone and CVV numbers, and anything Ticketmaster-related. 

Magecart, a group of hackers and credit card skimmers, is believed to be behind this operation, as Threat Post reported. The BBC reveals that over 60,000 Barclays bank customers were among the affected. Fortunately, US customers were not affected.

Magecart is an international cyberattack crime syndicate. They were blamed for several operations, including the Forbes magazine subscription scam, Atlanta Hawks fan merchant online store, and hundreds of college campus bookstore.

All the customers who had been attacked were informed and offered them a free 12-month identity monitoring service. Before the attack, Ticketmaster managed to sell over 292 million tickets in 2017. 

Several banks had reached out to Ticketmaster about the potential leak, but it took them ''unacceptable'' nine weeks to take action. 

On behalf of the victims, law firm Keller Lenkner is to pursue legal action against the ticketing company. The perplexing lawsuit is challenging for both, and the law firm accuses Ticketmaster of ''refusing to accept any blame for the data hack.''

Read also: Chan Zuckerberg Initiative: Former Employee Sues Company for Racial Discrimination

Not the Only Company

In the same year, several other companies have also been affected, including British Airways and pharmacy company Doorstep Dispensaree. 

The ICO fined $26 million to British Airways, which was the most prominent fine ICO has ever issued. It was dramatically decreased from the original $241 million (£183 million) demand due to the current economic atmosphere in the pandemic period. 

It wasn''t until two months when a security researcher brought the issue to British Airways and the ICO. Login credentials and payment details of over 500,000 customers were harvested. 

Read also: US Election 2020: Social Media Giants Ban Misleading Hashtags to Stop Spreading Conspiracy Theories

© 2021 iTech Post All rights reserved. Do not reproduce without permission.

More from iTechPost');
--> statement-breakpoint
INSERT INTO "regulators" ("id", "name", "abbreviation", "jurisdiction") VALUES ('ico', 'Information Commissioner''s Office', 'ICO', NULL);
--> statement-breakpoint
INSERT INTO "organisations" ("id", "name", "sector", "description", "country") VALUES ('barclays', 'Barclays', 'banking', 'bank', NULL);
--> statement-breakpoint
INSERT INTO "organisations" ("id", "name", "sector", "description", "country") VALUES ('british-airways', 'British Airways', NULL, NULL, NULL);
--> statement-breakpoint
INSERT INTO "organisations" ("id", "name", "sector", "description", "country") VALUES ('co-operative-life-planning', 'Co-operative Life Planning', 'insurance', 'provider of funeral insurance policies to which its customers had paid', NULL);
--> statement-breakpoint
INSERT INTO "organisations" ("id", "name", "sector", "description", "country") VALUES ('doorstep-dispensaree', 'Doorstep Dispensaree', 'pharmacy', 'pharmacy company', NULL);
--> statement-breakpoint
INSERT INTO "organisations" ("id", "name", "sector", "description", "country") VALUES ('inbenta-technologies', 'Inbenta Technologies', NULL, 'developer of the chatbot on Ticketmaster''s online payment page', NULL);
--> statement-breakpoint
INSERT INTO "organisations" ("id", "name", "sector", "description", "country") VALUES ('keller-lenkner', 'Keller Lenkner', 'legal_services', 'law firm', NULL);
--> statement-breakpoint
INSERT INTO "organisations" ("id", "name", "sector", "description", "country") VALUES ('magecart', 'Magecart', NULL, 'a group of hackers and credit card skimmers; an international cyberattack crime syndicate', NULL);
--> statement-breakpoint
INSERT INTO "organisations" ("id", "name", "sector", "description", "country") VALUES ('staysure', 'Staysure.co.uk', 'insurance', 'travel insurer specialising in insuring those over 50', NULL);
--> statement-breakpoint
INSERT INTO "organisations" ("id", "name", "sector", "description", "country") VALUES ('ticketmaster', 'Ticketmaster', 'ticketing', 'ticketing platform and ticket sales company', NULL);
--> statement-breakpoint
INSERT INTO "organisations" ("id", "name", "sector", "description", "country") VALUES ('viasat-uk', 'ViaSat UK', 'telecommunications', 'communications firm', NULL);
--> statement-breakpoint
INSERT INTO "people" ("id", "name", "job_title", "organisation_id", "regulator_id") VALUES ('chris-mcintosh', 'Chris McIntosh', 'chief executive', 'viasat-uk', NULL);
--> statement-breakpoint
INSERT INTO "people" ("id", "name", "job_title", "organisation_id", "regulator_id") VALUES ('ian-mackie', 'Ian Mackie', 'managing director', 'co-operative-life-planning', NULL);
--> statement-breakpoint
INSERT INTO "people" ("id", "name", "job_title", "organisation_id", "regulator_id") VALUES ('james-dipple-johnstone', 'James Dipple-Johnstone', 'deputy commissioner', NULL, 'ico');
--> statement-breakpoint
INSERT INTO "people" ("id", "name", "job_title", "organisation_id", "regulator_id") VALUES ('sally-anne-poole', 'Sally-Anne Poole', 'acting head of enforcement', NULL, 'ico');
--> statement-breakpoint
INSERT INTO "people" ("id", "name", "job_title", "organisation_id", "regulator_id") VALUES ('steve-eckersley', 'Steve Eckersley', 'head of enforcement', NULL, 'ico');
--> statement-breakpoint
INSERT INTO "incidents" ("id", "name", "summary", "occurred_from", "occurred_from_precision", "occurred_from_text", "occurred_to", "occurred_to_precision", "occurred_to_text", "discovered_how", "cause", "remediation") VALUES ('british-airways-data-breach', 'British Airways customer data breach', 'Login credentials and payment details of over 500,000 British Airways customers were harvested; the issue came to light two months later, when a security researcher brought it to British Airways and the ICO.', NULL, NULL, NULL, NULL, NULL, NULL, 'A security researcher brought the issue to British Airways and the ICO, two months later.', NULL, NULL);
--> statement-breakpoint
INSERT INTO "incidents" ("id", "name", "summary", "occurred_from", "occurred_from_precision", "occurred_from_text", "occurred_to", "occurred_to_precision", "occurred_to_text", "discovered_how", "cause", "remediation") VALUES ('co-operative-life-planning-contractor-breach-2011', 'Co-operative Life Planning customer data published online', 'The details of 82,000 people were published online when a data file, repaired by Co-operative Life Planning''s software support contractor and stored on the contractor''s server, was hacked.', '2011-03', 'month', 'March 2011', NULL, NULL, NULL, 'Co-operative Life Planning was informed of the breach; it had not realised that the data had been transferred, on two separate occasions, or that customers'' details were online. It supplied the ICO with a report about the incident on 8th March (the year is not stated).', 'The software support services provider had no authorisation to copy the data from Co-operative Life Planning''s servers and failed to delete it once the file had been repaired; the file, stored on the contractor''s server, was hacked.', 'Co-operative Life Planning ensured the data was securely deleted by the software services provider and that the information was no longer available online.');
--> statement-breakpoint
INSERT INTO "incidents" ("id", "name", "summary", "occurred_from", "occurred_from_precision", "occurred_from_text", "occurred_to", "occurred_to_precision", "occurred_to_text", "discovered_how", "cause", "remediation") VALUES ('staysure-website-attack-2013', 'Staysure.co.uk website attack', 'A hacker exploited a vulnerability in the JBoss application server behind Staysure.co.uk''s website, exposing 100,000 live credit card records as well as medical records and card verification values; more than 5,000 customers were defrauded.', '2013-10', 'month', 'October 2013', NULL, NULL, NULL, NULL, 'Inadequate security on the website: a vulnerability in the JBoss application server let the hacker insert a malicious JavaScript page and open a backdoor; card details collected before June 2008 were held in plain text, the encryption keys for later card numbers were found, and CVVs were never encrypted and, through human error, not all deleted after the 2012 decision to delete them.', NULL);
--> statement-breakpoint
INSERT INTO "incidents" ("id", "name", "summary", "occurred_from", "occurred_from_precision", "occurred_from_text", "occurred_to", "occurred_to_precision", "occurred_to_text", "discovered_how", "cause", "remediation") VALUES ('ticketmaster-chatbot-breach', 'Ticketmaster payment-page chatbot breach', 'Cyber-attackers used the Inbenta Technologies chatbot on Ticketmaster''s online payment page to harvest customers'' payment details from purchases made between September 2017 and late June 2018; more than nine million customers in Europe were potentially affected, 1.5 million of them in the UK. US customers were not affected.', '2017-09', 'month', 'September 2017', '2018-06', 'month', 'late June 2018', 'Several banks contacted Ticketmaster about the potential leak; it took Ticketmaster nine weeks to act.', 'Ticketmaster''s failure to secure customer data: malicious code in the chatbot on its online payment page, developed by Inbenta Technologies, harvested customers'' payment details; Magecart is believed to be behind the operation.', 'All affected customers were informed and offered a free 12-month identity monitoring service.');
--> statement-breakpoint
INSERT INTO "incident_data_categories" ("incident_id", "category", "text") VALUES ('british-airways-data-breach', 'login_credentials', 'Login credentials');
--> statement-breakpoint
INSERT INTO "incident_data_categories" ("incident_id", "category", "text") VALUES ('british-airways-data-breach', 'payment_details', 'payment details');
--> statement-breakpoint
INSERT INTO "incident_data_categories" ("incident_id", "category", "text") VALUES ('co-operative-life-planning-contractor-breach-2011', 'names', 'names');
--> statement-breakpoint
INSERT INTO "incident_data_categories" ("incident_id", "category", "text") VALUES ('co-operative-life-planning-contractor-breach-2011', 'dates_of_birth', 'date of births');
--> statement-breakpoint
INSERT INTO "incident_data_categories" ("incident_id", "category", "text") VALUES ('co-operative-life-planning-contractor-breach-2011', 'postal_addresses', 'addresses');
--> statement-breakpoint
INSERT INTO "incident_data_categories" ("incident_id", "category", "text") VALUES ('co-operative-life-planning-contractor-breach-2011', 'insurance_contributions', 'insurance contributions');
--> statement-breakpoint
INSERT INTO "incident_data_categories" ("incident_id", "category", "text") VALUES ('staysure-website-attack-2013', 'payment_card_details', 'live credit cards records');
--> statement-breakpoint
INSERT INTO "incident_data_categories" ("incident_id", "category", "text") VALUES ('staysure-website-attack-2013', 'medical_records', 'medical records');
--> statement-breakpoint
INSERT INTO "incident_data_categories" ("incident_id", "category", "text") VALUES ('staysure-website-attack-2013', 'card_verification_values', 'card verification values (CVVs)');
--> statement-breakpoint
INSERT INTO "incident_data_categories" ("incident_id", "category", "text") VALUES ('ticketmaster-chatbot-breach', 'names', 'full name');
--> statement-breakpoint
INSERT INTO "incident_data_categories" ("incident_id", "category", "text") VALUES ('ticketmaster-chatbot-breach', 'postal_addresses', 'address');
--> statement-breakpoint
INSERT INTO "incident_data_categories" ("incident_id", "category", "text") VALUES ('ticketmaster-chatbot-breach', 'billing_details', 'billing details');
--> statement-breakpoint
INSERT INTO "incident_data_categories" ("incident_id", "category", "text") VALUES ('ticketmaster-chatbot-breach', 'telephone_numbers', 'telephone');
--> statement-breakpoint
INSERT INTO "incident_data_categories" ("incident_id", "category", "text") VALUES ('ticketmaster-chatbot-breach', 'card_verification_values', 'CVV numbers');
--> statement-breakpoint
INSERT INTO "incident_data_categories" ("incident_id", "category", "text") VALUES ('ticketmaster-chatbot-breach', 'payment_details', 'customer payment details');
--> statement-breakpoint
INSERT INTO "incident_quantities" ("incident_id", "key", "measure", "value", "value_max", "qualifier", "unit", "scope", "text") VALUES ('british-airways-data-breach', 'customers-affected', 'people_affected', 500000, NULL, 'more_than', 'customers', NULL, 'over 500,000');
--> statement-breakpoint
INSERT INTO "incident_quantities" ("incident_id", "key", "measure", "value", "value_max", "qualifier", "unit", "scope", "text") VALUES ('british-airways-data-breach', 'time-to-discover', 'detection_delay', 2, NULL, 'exact', 'months', NULL, 'two months');
--> statement-breakpoint
INSERT INTO "incident_quantities" ("incident_id", "key", "measure", "value", "value_max", "qualifier", "unit", "scope", "text") VALUES ('co-operative-life-planning-contractor-breach-2011', 'people-affected', 'people_affected', 82000, NULL, 'exact', 'people', NULL, '82,000');
--> statement-breakpoint
INSERT INTO "incident_quantities" ("incident_id", "key", "measure", "value", "value_max", "qualifier", "unit", "scope", "text") VALUES ('co-operative-life-planning-contractor-breach-2011', 'customers-in-file', 'people_affected', 10000, 99999, 'approximate', 'customers', 'customers who had previously paid into funeral insurance policies, whose personal data the file contained', 'tens of thousands');
--> statement-breakpoint
INSERT INTO "incident_quantities" ("incident_id", "key", "measure", "value", "value_max", "qualifier", "unit", "scope", "text") VALUES ('staysure-website-attack-2013', 'records-exposed', 'records_exposed', 100000, NULL, 'exact', 'records', 'live credit card records', '100,000');
--> statement-breakpoint
INSERT INTO "incident_quantities" ("incident_id", "key", "measure", "value", "value_max", "qualifier", "unit", "scope", "text") VALUES ('staysure-website-attack-2013', 'customers-defrauded', 'people_defrauded', 5000, NULL, 'more_than', 'customers', NULL, 'more than 5,000');
--> statement-breakpoint
INSERT INTO "incident_quantities" ("incident_id", "key", "measure", "value", "value_max", "qualifier", "unit", "scope", "text") VALUES ('staysure-website-attack-2013', 'records-held', 'records_held', 3000000, NULL, 'exact', 'records', 'customer records', 'three million');
--> statement-breakpoint
INSERT INTO "incident_quantities" ("incident_id", "key", "measure", "value", "value_max", "qualifier", "unit", "scope", "text") VALUES ('ticketmaster-chatbot-breach', 'customers-affected-europe', 'people_affected', 9000000, NULL, 'more_than', 'customers', 'Europe', 'more than nine million');
--> statement-breakpoint
INSERT INTO "incident_quantities" ("incident_id", "key", "measure", "value", "value_max", "qualifier", "unit", "scope", "text") VALUES ('ticketmaster-chatbot-breach', 'customers-affected-uk', 'people_affected', 1500000, NULL, 'exact', 'customers', 'United Kingdom', '1.5 million');
--> statement-breakpoint
INSERT INTO "incident_quantities" ("incident_id", "key", "measure", "value", "value_max", "qualifier", "unit", "scope", "text") VALUES ('ticketmaster-chatbot-breach', 'barclays-customers-affected', 'people_affected', 60000, NULL, 'more_than', 'customers', 'Barclays bank customers', 'over 60,000');
--> statement-breakpoint
INSERT INTO "incident_quantities" ("incident_id", "key", "measure", "value", "value_max", "qualifier", "unit", "scope", "text") VALUES ('ticketmaster-chatbot-breach', 'time-to-act', 'response_delay', 9, NULL, 'exact', 'weeks', 'from banks reaching out to Ticketmaster taking action', 'nine weeks');
--> statement-breakpoint
INSERT INTO "incident_parties" ("incident_id", "key", "organisation_id", "description", "role", "certainty") VALUES ('british-airways-data-breach', 'british-airways', 'british-airways', NULL, 'controller', 'stated');
--> statement-breakpoint
INSERT INTO "incident_parties" ("incident_id", "key", "organisation_id", "description", "role", "certainty") VALUES ('british-airways-data-breach', 'security-researcher', NULL, 'a security researcher (not named)', 'reporter', 'stated');
--> statement-breakpoint
INSERT INTO "incident_parties" ("incident_id", "key", "organisation_id", "description", "role", "certainty") VALUES ('co-operative-life-planning-contractor-breach-2011', 'co-operative-life-planning', 'co-operative-life-planning', NULL, 'controller', 'stated');
--> statement-breakpoint
INSERT INTO "incident_parties" ("incident_id", "key", "organisation_id", "description", "role", "certainty") VALUES ('co-operative-life-planning-contractor-breach-2011', 'software-support-contractor', NULL, 'Co-operative Life Planning''s software support contractor (not named)', 'contractor', 'stated');
--> statement-breakpoint
INSERT INTO "incident_parties" ("incident_id", "key", "organisation_id", "description", "role", "certainty") VALUES ('staysure-website-attack-2013', 'staysure', 'staysure', NULL, 'controller', 'stated');
--> statement-breakpoint
INSERT INTO "incident_parties" ("incident_id", "key", "organisation_id", "description", "role", "certainty") VALUES ('staysure-website-attack-2013', 'hacker', NULL, 'an unnamed hacker', 'threat_actor', 'stated');
--> statement-breakpoint
INSERT INTO "incident_parties" ("incident_id", "key", "organisation_id", "description", "role", "certainty") VALUES ('ticketmaster-chatbot-breach', 'ticketmaster', 'ticketmaster', NULL, 'controller', 'stated');
--> statement-breakpoint
INSERT INTO "incident_parties" ("incident_id", "key", "organisation_id", "description", "role", "certainty") VALUES ('ticketmaster-chatbot-breach', 'inbenta-technologies', 'inbenta-technologies', NULL, 'vendor', 'stated');
--> statement-breakpoint
INSERT INTO "incident_parties" ("incident_id", "key", "organisation_id", "description", "role", "certainty") VALUES ('ticketmaster-chatbot-breach', 'magecart', 'magecart', NULL, 'threat_actor', 'suspected');
--> statement-breakpoint
INSERT INTO "incident_parties" ("incident_id", "key", "organisation_id", "description", "role", "certainty") VALUES ('ticketmaster-chatbot-breach', 'barclays', 'barclays', NULL, 'affected_third_party', 'stated');
--> statement-breakpoint
INSERT INTO "incident_parties" ("incident_id", "key", "organisation_id", "description", "role", "certainty") VALUES ('ticketmaster-chatbot-breach', 'several-banks', NULL, 'several banks (not named)', 'reporter', 'stated');
--> statement-breakpoint
INSERT INTO "incident_parties" ("incident_id", "key", "organisation_id", "description", "role", "certainty") VALUES ('ticketmaster-chatbot-breach', 'keller-lenkner', 'keller-lenkner', NULL, 'legal_representative', 'stated');
--> statement-breakpoint
INSERT INTO "penalties" ("id", "name", "type", "status", "regulator_id", "organisation_id", "incident_id", "summary", "amount_minor", "currency", "amount_text", "amount_qualifier", "issued_on", "issued_on_precision", "issued_on_text", "legal_basis", "rationale", "terms", "signed_by_person_id", "supersedes_penalty_id") VALUES ('british-airways-proposed-monetary-penalty', 'British Airways: proposed monetary penalty of $241 million', 'monetary_penalty', 'reduced', 'ico', 'british-airways', 'british-airways-data-breach', 'The ICO''s original demand of $241 million (£183 million) from British Airways, later reduced to $26 million.', 24100000000, 'USD', '$241 million', 'exact', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
--> statement-breakpoint
INSERT INTO "penalties" ("id", "name", "type", "status", "regulator_id", "organisation_id", "incident_id", "summary", "amount_minor", "currency", "amount_text", "amount_qualifier", "issued_on", "issued_on_precision", "issued_on_text", "legal_basis", "rationale", "terms", "signed_by_person_id", "supersedes_penalty_id") VALUES ('british-airways-monetary-penalty', 'British Airways: monetary penalty of $26 million', 'monetary_penalty', 'imposed', 'ico', 'british-airways', 'british-airways-data-breach', 'The ICO fined British Airways $26 million, reduced from its original $241 million (£183 million) demand; the article calls it the most prominent fine the ICO has ever issued.', 2600000000, 'USD', '$26 million', 'exact', NULL, NULL, NULL, NULL, 'Reduced from the original demand due to the economic atmosphere of the pandemic period.', NULL, NULL, 'british-airways-proposed-monetary-penalty');
--> statement-breakpoint
INSERT INTO "penalties" ("id", "name", "type", "status", "regulator_id", "organisation_id", "incident_id", "summary", "amount_minor", "currency", "amount_text", "amount_qualifier", "issued_on", "issued_on_precision", "issued_on_text", "legal_basis", "rationale", "terms", "signed_by_person_id", "supersedes_penalty_id") VALUES ('co-operative-life-planning-undertaking', 'Co-operative Life Planning: undertaking', 'undertaking', 'imposed', 'ico', 'co-operative-life-planning', 'co-operative-life-planning-contractor-breach-2011', 'Co-operative Life Planning signed an undertaking after the ICO found it had breached the Data Protection Act; the ICO judged a monetary penalty not appropriate.', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'Data Protection Act', 'No monetary penalty: the ICO said the compromised information was unlikely to cause substantial damage or distress, its disclosure did not present a significant risk to the individuals affected, and Co-operative Life Planning already had appropriate policies in place.', 'Data loss prevention software already tested by the group will be introduced across all the company''s servers, and all future databases subject to maintenance will be tested to ensure the data remains secure.', 'ian-mackie', NULL);
--> statement-breakpoint
INSERT INTO "penalties" ("id", "name", "type", "status", "regulator_id", "organisation_id", "incident_id", "summary", "amount_minor", "currency", "amount_text", "amount_qualifier", "issued_on", "issued_on_precision", "issued_on_text", "legal_basis", "rationale", "terms", "signed_by_person_id", "supersedes_penalty_id") VALUES ('staysure-monetary-penalty', 'Staysure.co.uk: monetary penalty of £175,000', 'monetary_penalty', 'imposed', 'ico', 'staysure', 'staysure-website-attack-2013', 'The ICO fined Staysure.co.uk £175,000 after inadequate security on its website exposed 100,000 live credit card records to hackers.', 17500000, 'GBP', '£175,000', 'exact', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
--> statement-breakpoint
INSERT INTO "penalties" ("id", "name", "type", "status", "regulator_id", "organisation_id", "incident_id", "summary", "amount_minor", "currency", "amount_text", "amount_qualifier", "issued_on", "issued_on_precision", "issued_on_text", "legal_basis", "rationale", "terms", "signed_by_person_id", "supersedes_penalty_id") VALUES ('ticketmaster-monetary-penalty', 'Ticketmaster: monetary penalty of over $1.65 million', 'monetary_penalty', 'under_appeal', 'ico', 'ticketmaster', 'ticketmaster-chatbot-breach', 'The ICO fined Ticketmaster, as reported, over $1.65 million for failing to secure customers'' data; Ticketmaster said it would appeal.', 165000000, 'USD', 'over $1.65 million', 'more_than', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
--> statement-breakpoint
INSERT INTO "penalty_amount_equivalents" ("penalty_id", "amount_minor", "currency", "amount_text", "amount_qualifier") VALUES ('british-airways-proposed-monetary-penalty', 18300000000, 'GBP', '£183 million', 'exact');
--> statement-breakpoint
INSERT INTO "statements" ("id", "source_id", "person_id", "organisation_id", "incident_id", "penalty_id", "text") VALUES ('chris-mcintosh-it-security', 'ico-fines-staysure', 'chris-mcintosh', NULL, NULL, 'staysure-monetary-penalty', 'True IT security means much more than simply putting firewalls and anti-virus in place. It also means ensuring that systems are regularly tested and updated, and that there are no weak links where an attacker can gain access.');
--> statement-breakpoint
INSERT INTO "statements" ("id", "source_id", "person_id", "organisation_id", "incident_id", "penalty_id", "text") VALUES ('chris-mcintosh-lessons', 'ico-fines-staysure', 'chris-mcintosh', NULL, NULL, 'staysure-monetary-penalty', 'While the ICO has been issuing monetary penalties since 2012, it seems that for too many organisations the lessons simply aren’t sinking in.');
--> statement-breakpoint
INSERT INTO "statements" ("id", "source_id", "person_id", "organisation_id", "incident_id", "penalty_id", "text") VALUES ('james-dipple-johnstone-ticketmaster', 'ico-fines-ticketmaster', 'james-dipple-johnstone', NULL, 'ticketmaster-chatbot-breach', 'ticketmaster-monetary-penalty', 'Ticketmaster should have done more to reduce the risk of a cyber-attack. Its failure to do so meant that millions of people in the UK and Europe were exposed to potential fraud,');
--> statement-breakpoint
INSERT INTO "statements" ("id", "source_id", "person_id", "organisation_id", "incident_id", "penalty_id", "text") VALUES ('keller-lenkner-ticketmaster-blame', 'ico-fines-ticketmaster', NULL, 'keller-lenkner', 'ticketmaster-chatbot-breach', NULL, 'refusing to accept any blame for the data hack.');
--> statement-breakpoint
INSERT INTO "statements" ("id", "source_id", "person_id", "organisation_id", "incident_id", "penalty_id", "text") VALUES ('sally-anne-poole-contractors', 'co-operative-life-planning-customer-details-released-online', 'sally-anne-poole', NULL, 'co-operative-life-planning-contractor-breach-2011', 'co-operative-life-planning-undertaking', 'This case highlights the need for companies to ensure their contractors are following procedures on keeping customers'' personal information secure. Co-operative Life Planning''s customers had an expectation that the organisation would keep their details safe and they have been let down by this breach.');
--> statement-breakpoint
INSERT INTO "statements" ("id", "source_id", "person_id", "organisation_id", "incident_id", "penalty_id", "text") VALUES ('sally-anne-poole-improvements', 'co-operative-life-planning-customer-details-released-online', 'sally-anne-poole', NULL, NULL, 'co-operative-life-planning-undertaking', 'Co-operative Life Planning also had appropriate policies already in place around protecting personal information stored on their servers. Our focus has therefore been to make sure the organisation commits to making improvements to stop this from happening again and we are pleased that they are being put in place.');
--> statement-breakpoint
INSERT INTO "statements" ("id", "source_id", "person_id", "organisation_id", "incident_id", "penalty_id", "text") VALUES ('sally-anne-poole-no-monetary-penalty', 'co-operative-life-planning-customer-details-released-online', 'sally-anne-poole', NULL, NULL, 'co-operative-life-planning-undertaking', 'The ICO takes breaches of the law extremely seriously and always seeks to take the most appropriate level of enforcement action. In this case, a monetary penalty was not appropriate because the information that was compromised was unlikely to cause substantial damage or distress and its disclosure didn''t present a significant risk to the individuals affected.');
--> statement-breakpoint
INSERT INTO "statements" ("id", "source_id", "person_id", "organisation_id", "incident_id", "penalty_id", "text") VALUES ('steve-eckersley-staysure-penalty', 'ico-fines-staysure', 'steve-eckersley', NULL, NULL, 'staysure-monetary-penalty', 'Keeping personal information secure is a basic legal requirement. The company’s actions were unacceptable and this penalty notice reflects the severity of the situation.');
--> statement-breakpoint
INSERT INTO "statements" ("id", "source_id", "person_id", "organisation_id", "incident_id", "penalty_id", "text") VALUES ('steve-eckersley-staysure-records', 'ico-fines-staysure', 'steve-eckersley', NULL, 'staysure-website-attack-2013', 'staysure-monetary-penalty', 'It’s unbelievable to think that a company holding three million customer records did not have the procedures in place to keep that information secure.');
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (1, 'ico-fines-staysure', 'ico', NULL, NULL, NULL, NULL, NULL, 'name', 'The Information Commissioner’s Office (ICO)', 0, 43);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (2, 'ico-fines-staysure', 'ico', NULL, NULL, NULL, NULL, NULL, 'abbreviation', 'The Information Commissioner’s Office (ICO)', 0, 43);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (3, 'co-operative-life-planning-customer-details-released-online', 'ico', NULL, NULL, NULL, NULL, NULL, 'name', 'The Information Commissioner''s Office (ICO) has announced that Co-operative Life Planning has breached the Data Protection Act.', 139, 266);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (4, 'co-operative-life-planning-customer-details-released-online', 'ico', NULL, NULL, NULL, NULL, NULL, 'abbreviation', 'The Information Commissioner''s Office (ICO) has announced that Co-operative Life Planning has breached the Data Protection Act.', 139, 266);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (5, 'ico-fines-ticketmaster', 'ico', NULL, NULL, NULL, NULL, NULL, 'abbreviation', 'Information Commissioner Office (ICO)', 76, 113);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (6, 'ico-fines-ticketmaster', NULL, 'barclays', NULL, NULL, NULL, NULL, 'name', 'over 60,000 Barclays bank customers were among the affected', 1636, 1695);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (7, 'ico-fines-ticketmaster', NULL, 'barclays', NULL, NULL, NULL, NULL, 'sector', 'over 60,000 Barclays bank customers were among the affected', 1636, 1695);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (8, 'ico-fines-ticketmaster', NULL, 'barclays', NULL, NULL, NULL, NULL, 'description', 'over 60,000 Barclays bank customers were among the affected', 1636, 1695);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (9, 'ico-fines-ticketmaster', NULL, 'british-airways', NULL, NULL, NULL, NULL, 'name', 'The ICO fined $26 million to British Airways', 2810, 2854);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (10, 'co-operative-life-planning-customer-details-released-online', NULL, 'co-operative-life-planning', NULL, NULL, NULL, NULL, 'name', 'ICO announces that the details of 82,000 customers of Co-operative Life Planning were released online following hack', 0, 116);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (11, 'co-operative-life-planning-customer-details-released-online', NULL, 'co-operative-life-planning', NULL, NULL, NULL, NULL, 'sector', 'customers who had previously paid into funeral insurance policies', 727, 792);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (12, 'co-operative-life-planning-customer-details-released-online', NULL, 'co-operative-life-planning', NULL, NULL, NULL, NULL, 'description', 'customers who had previously paid into funeral insurance policies', 727, 792);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (13, 'ico-fines-ticketmaster', NULL, 'doorstep-dispensaree', NULL, NULL, NULL, NULL, 'name', 'In the same year, several other companies have also been affected, including British Airways and pharmacy company Doorstep Dispensaree.', 2672, 2807);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (14, 'ico-fines-ticketmaster', NULL, 'doorstep-dispensaree', NULL, NULL, NULL, NULL, 'sector', 'In the same year, several other companies have also been affected, including British Airways and pharmacy company Doorstep Dispensaree.', 2672, 2807);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (15, 'ico-fines-ticketmaster', NULL, 'doorstep-dispensaree', NULL, NULL, NULL, NULL, 'description', 'In the same year, several other companies have also been affected, including British Airways and pharmacy company Doorstep Dispensaree.', 2672, 2807);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (16, 'ico-fines-ticketmaster', NULL, 'inbenta-technologies', NULL, NULL, NULL, NULL, 'name', 'The chatbot on Ticketmaster''s online payment page, which Inbenta Technologies developed', 1011, 1098);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (17, 'ico-fines-ticketmaster', NULL, 'inbenta-technologies', NULL, NULL, NULL, NULL, 'description', 'The chatbot on Ticketmaster''s online payment page, which Inbenta Technologies developed', 1011, 1098);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (18, 'ico-fines-ticketmaster', NULL, 'keller-lenkner', NULL, NULL, NULL, NULL, 'name', 'law firm Keller Lenkner', 2334, 2357);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (19, 'ico-fines-ticketmaster', NULL, 'keller-lenkner', NULL, NULL, NULL, NULL, 'sector', 'law firm Keller Lenkner', 2334, 2357);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (20, 'ico-fines-ticketmaster', NULL, 'keller-lenkner', NULL, NULL, NULL, NULL, 'description', 'law firm Keller Lenkner', 2334, 2357);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (21, 'ico-fines-ticketmaster', NULL, 'magecart', NULL, NULL, NULL, NULL, 'name', 'Magecart, a group of hackers and credit card skimmers', 1494, 1547);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (22, 'ico-fines-ticketmaster', NULL, 'magecart', NULL, NULL, NULL, NULL, 'description', 'Magecart, a group of hackers and credit card skimmers', 1494, 1547);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (23, 'ico-fines-ticketmaster', NULL, 'magecart', NULL, NULL, NULL, NULL, 'description', 'Magecart is an international cyberattack crime syndicate.', 1743, 1800);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (24, 'ico-fines-staysure', NULL, 'staysure', NULL, NULL, NULL, NULL, 'sector', 'has fined a travel insurer £175,000', 44, 79);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (25, 'ico-fines-staysure', NULL, 'staysure', NULL, NULL, NULL, NULL, 'description', 'has fined a travel insurer £175,000', 44, 79);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (26, 'ico-fines-staysure', NULL, 'staysure', NULL, NULL, NULL, NULL, 'name', 'The negligence of Staysure.co.uk, which specialises in insuring those over 50', 176, 253);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (27, 'ico-fines-staysure', NULL, 'staysure', NULL, NULL, NULL, NULL, 'description', 'The negligence of Staysure.co.uk, which specialises in insuring those over 50', 176, 253);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (28, 'ico-fines-ticketmaster', NULL, 'ticketmaster', NULL, NULL, NULL, NULL, 'name', 'fines Ticketmaster for the ticketing platform''s failure to secure the customers'' data', 114, 199);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (29, 'ico-fines-ticketmaster', NULL, 'ticketmaster', NULL, NULL, NULL, NULL, 'sector', 'fines Ticketmaster for the ticketing platform''s failure to secure the customers'' data', 114, 199);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (30, 'ico-fines-ticketmaster', NULL, 'ticketmaster', NULL, NULL, NULL, NULL, 'description', 'fines Ticketmaster for the ticketing platform''s failure to secure the customers'' data', 114, 199);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (31, 'ico-fines-ticketmaster', NULL, 'ticketmaster', NULL, NULL, NULL, NULL, 'description', 'as the ticket sales company reveals in a statement', 733, 783);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (32, 'ico-fines-staysure', NULL, 'viasat-uk', NULL, NULL, NULL, NULL, 'name', 'communications firm ViaSat UK', 1795, 1824);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (33, 'ico-fines-staysure', NULL, 'viasat-uk', NULL, NULL, NULL, NULL, 'sector', 'communications firm ViaSat UK', 1795, 1824);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (34, 'ico-fines-staysure', NULL, 'viasat-uk', NULL, NULL, NULL, NULL, 'description', 'communications firm ViaSat UK', 1795, 1824);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (35, 'ico-fines-staysure', NULL, NULL, 'chris-mcintosh', NULL, NULL, NULL, 'name', 'Chris McIntosh, chief executive of communications firm ViaSat UK', 1760, 1824);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (36, 'ico-fines-staysure', NULL, NULL, 'chris-mcintosh', NULL, NULL, NULL, 'job_title', 'Chris McIntosh, chief executive of communications firm ViaSat UK', 1760, 1824);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (37, 'ico-fines-staysure', NULL, NULL, 'chris-mcintosh', NULL, NULL, NULL, 'organisation', 'Chris McIntosh, chief executive of communications firm ViaSat UK', 1760, 1824);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (38, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, 'ian-mackie', NULL, NULL, NULL, 'name', 'Ian Mackie, managing director of Co-operative Life Planning', 1077, 1136);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (39, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, 'ian-mackie', NULL, NULL, NULL, 'job_title', 'Ian Mackie, managing director of Co-operative Life Planning', 1077, 1136);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (40, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, 'ian-mackie', NULL, NULL, NULL, 'organisation', 'Ian Mackie, managing director of Co-operative Life Planning', 1077, 1136);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (41, 'ico-fines-ticketmaster', NULL, NULL, 'james-dipple-johnstone', NULL, NULL, NULL, 'name', 'ICO''s deputy commissioner James Dipple-Johnstone said', 628, 681);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (42, 'ico-fines-ticketmaster', NULL, NULL, 'james-dipple-johnstone', NULL, NULL, NULL, 'job_title', 'ICO''s deputy commissioner James Dipple-Johnstone said', 628, 681);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (43, 'ico-fines-ticketmaster', NULL, NULL, 'james-dipple-johnstone', NULL, NULL, NULL, 'regulator', 'ICO''s deputy commissioner James Dipple-Johnstone said', 628, 681);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (44, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, 'sally-anne-poole', NULL, NULL, NULL, 'name', 'Sally-Anne Poole, acting head of enforcement at the ICO', 1925, 1980);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (45, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, 'sally-anne-poole', NULL, NULL, NULL, 'job_title', 'Sally-Anne Poole, acting head of enforcement at the ICO', 1925, 1980);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (46, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, 'sally-anne-poole', NULL, NULL, NULL, 'regulator', 'Sally-Anne Poole, acting head of enforcement at the ICO', 1925, 1980);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (47, 'ico-fines-staysure', NULL, NULL, 'steve-eckersley', NULL, NULL, NULL, 'name', 'Steve Eckersley, head of enforcement at the ICO', 470, 517);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (48, 'ico-fines-staysure', NULL, NULL, 'steve-eckersley', NULL, NULL, NULL, 'job_title', 'Steve Eckersley, head of enforcement at the ICO', 470, 517);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (49, 'ico-fines-staysure', NULL, NULL, 'steve-eckersley', NULL, NULL, NULL, 'regulator', 'Steve Eckersley, head of enforcement at the ICO', 470, 517);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (50, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'british-airways-data-breach', NULL, 'summary', 'Login credentials and payment details of over 500,000 customers were harvested.', 3163, 3242);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (51, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'british-airways-data-breach', NULL, 'summary', 'It wasn''t until two months when a security researcher brought the issue to British Airways and the ICO.', 3059, 3162);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (52, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'british-airways-data-breach', NULL, 'discovered_how', 'It wasn''t until two months when a security researcher brought the issue to British Airways and the ICO.', 3059, 3162);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (53, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'british-airways-data-breach', NULL, 'data_categories[login_credentials]', 'Login credentials and payment details of over 500,000 customers were harvested.', 3163, 3242);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (54, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'british-airways-data-breach', NULL, 'data_categories[payment_details]', 'Login credentials and payment details of over 500,000 customers were harvested.', 3163, 3242);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (55, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'british-airways-data-breach', NULL, 'quantities[customers-affected]', 'Login credentials and payment details of over 500,000 customers were harvested.', 3163, 3242);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (56, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'british-airways-data-breach', NULL, 'quantities[time-to-discover]', 'It wasn''t until two months when a security researcher brought the issue to British Airways and the ICO.', 3059, 3162);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (57, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'british-airways-data-breach', NULL, 'parties[british-airways]', 'a security researcher brought the issue to British Airways and the ICO', 3091, 3161);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (58, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'british-airways-data-breach', NULL, 'parties[security-researcher]', 'a security researcher brought the issue to British Airways and the ICO', 3091, 3161);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (59, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, NULL, 'co-operative-life-planning-contractor-breach-2011', NULL, 'summary', 'The breach occurred in March 2011 when the details of 82,000 people were accidentally published online when a data file, that had been repaired by Co-operative Life Planning''s software support contractor, was hacked.', 397, 613);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (60, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, NULL, 'co-operative-life-planning-contractor-breach-2011', NULL, 'occurred_from', 'The breach occurred in March 2011 when the details of 82,000 people were accidentally published online when a data file, that had been repaired by Co-operative Life Planning''s software support contractor, was hacked.', 397, 613);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (61, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, NULL, 'co-operative-life-planning-contractor-breach-2011', NULL, 'summary', 'The file, which was stored on the contractor''s server', 615, 668);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (62, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, NULL, 'co-operative-life-planning-contractor-breach-2011', NULL, 'cause', 'The file, which was stored on the contractor''s server', 615, 668);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (63, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, NULL, 'co-operative-life-planning-contractor-breach-2011', NULL, 'discovered_how', 'On being informed of the breach', 867, 898);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (64, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, NULL, 'co-operative-life-planning-contractor-breach-2011', NULL, 'discovered_how', 'Co-operative Life Planning supplied the ICO with a report about the incident on 8th March', 1437, 1526);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (65, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, NULL, 'co-operative-life-planning-contractor-breach-2011', NULL, 'discovered_how', 'Co-operative Life Planning also failed to realise that the data had been transferred on two separate occasions and were unaware that customers'' details had been made available online.', 1740, 1923);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (66, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, NULL, 'co-operative-life-planning-contractor-breach-2011', NULL, 'cause', 'its investigation found that the software support services provider had no authorisation to copy the data from the organisation''s servers and failed to delete the information once the file had been repaired.', 1532, 1739);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (67, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, NULL, 'co-operative-life-planning-contractor-breach-2011', NULL, 'remediation', 'On being informed of the breach, Co-operative Life Planning ensured that the data was securely deleted by the software services provider and also made sure that the information was no longer available online.', 867, 1075);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (68, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, NULL, 'co-operative-life-planning-contractor-breach-2011', NULL, 'data_categories[names]', 'including names, date of births, addresses and insurance contributions', 794, 864);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (69, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, NULL, 'co-operative-life-planning-contractor-breach-2011', NULL, 'data_categories[dates_of_birth]', 'including names, date of births, addresses and insurance contributions', 794, 864);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (70, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, NULL, 'co-operative-life-planning-contractor-breach-2011', NULL, 'data_categories[postal_addresses]', 'including names, date of births, addresses and insurance contributions', 794, 864);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (71, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, NULL, 'co-operative-life-planning-contractor-breach-2011', NULL, 'data_categories[insurance_contributions]', 'including names, date of births, addresses and insurance contributions', 794, 864);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (72, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, NULL, 'co-operative-life-planning-contractor-breach-2011', NULL, 'quantities[people-affected]', 'the details of 82,000 people were accidentally published online', 436, 499);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (73, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, NULL, 'co-operative-life-planning-contractor-breach-2011', NULL, 'quantities[people-affected]', 'the details of 82,000 customers of Co-operative Life Planning were released online', 19, 101);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (74, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, NULL, 'co-operative-life-planning-contractor-breach-2011', NULL, 'quantities[customers-in-file]', 'contained personal data relating to tens of thousands of customers who had previously paid into funeral insurance policies', 670, 792);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (75, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, NULL, 'co-operative-life-planning-contractor-breach-2011', NULL, 'parties[co-operative-life-planning]', 'Co-operative Life Planning has breached the Data Protection Act', 202, 265);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (76, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, NULL, 'co-operative-life-planning-contractor-breach-2011', NULL, 'parties[software-support-contractor]', 'a data file, that had been repaired by Co-operative Life Planning''s software support contractor, was hacked', 505, 612);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (77, 'ico-fines-staysure', NULL, NULL, NULL, NULL, 'staysure-website-attack-2013', NULL, 'summary', 'inadequate security on its website exposed 100,000 live credit cards records to hackers', 86, 173);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (78, 'ico-fines-staysure', NULL, NULL, NULL, NULL, 'staysure-website-attack-2013', NULL, 'summary', 'led to more than 5,000 customers being defrauded after an attack on its website, which also exposed medical records and card verification values (CVVs)', 255, 406);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (79, 'ico-fines-staysure', NULL, NULL, NULL, NULL, 'staysure-website-attack-2013', NULL, 'summary', 'The hacker attacked Staysure.co.uk during October 2013, exploiting a vulnerability in the JBoss application server to insert a malicious JavaScript page onto the site.', 851, 1018);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (80, 'ico-fines-staysure', NULL, NULL, NULL, NULL, 'staysure-website-attack-2013', NULL, 'occurred_from', 'The hacker attacked Staysure.co.uk during October 2013, exploiting a vulnerability in the JBoss application server to insert a malicious JavaScript page onto the site.', 851, 1018);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (81, 'ico-fines-staysure', NULL, NULL, NULL, NULL, 'staysure-website-attack-2013', NULL, 'cause', 'The hacker attacked Staysure.co.uk during October 2013, exploiting a vulnerability in the JBoss application server to insert a malicious JavaScript page onto the site.', 851, 1018);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (82, 'ico-fines-staysure', NULL, NULL, NULL, NULL, 'staysure-website-attack-2013', NULL, 'cause', 'This created a backdoor into the server through which the hacker could modify source code and query the website’s database, as well as open a command interface giving privileged access to the operating system.', 1020, 1229);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (83, 'ico-fines-staysure', NULL, NULL, NULL, NULL, 'staysure-website-attack-2013', NULL, 'cause', 'Payment card details collected before June 2008 were found to have been held in plain text on the site, whilst encryption used to obscure credit card numbers after that date was successfully cracked after the hacker found the keys.', 1231, 1462);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (84, 'ico-fines-staysure', NULL, NULL, NULL, NULL, 'staysure-website-attack-2013', NULL, 'cause', 'CVVs were not encrypted at any point, and even though Staysure.co.uk took the decision to delete them in 2012, the process which was not completed due to "human error", according to the ICO. A new payment system was implemented in May of that year, but some CVVs were still being stored online.', 1464, 1758);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (85, 'ico-fines-staysure', NULL, NULL, NULL, NULL, 'staysure-website-attack-2013', NULL, 'data_categories[payment_card_details]', 'exposed 100,000 live credit cards records to hackers', 121, 173);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (86, 'ico-fines-staysure', NULL, NULL, NULL, NULL, 'staysure-website-attack-2013', NULL, 'data_categories[medical_records]', 'which also exposed medical records and card verification values (CVVs)', 336, 406);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (87, 'ico-fines-staysure', NULL, NULL, NULL, NULL, 'staysure-website-attack-2013', NULL, 'data_categories[card_verification_values]', 'which also exposed medical records and card verification values (CVVs)', 336, 406);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (88, 'ico-fines-staysure', NULL, NULL, NULL, NULL, 'staysure-website-attack-2013', NULL, 'quantities[records-exposed]', 'exposed 100,000 live credit cards records to hackers', 121, 173);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (89, 'ico-fines-staysure', NULL, NULL, NULL, NULL, 'staysure-website-attack-2013', NULL, 'quantities[customers-defrauded]', 'led to more than 5,000 customers being defrauded after an attack on its website', 255, 334);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (90, 'ico-fines-staysure', NULL, NULL, NULL, NULL, 'staysure-website-attack-2013', NULL, 'quantities[records-held]', 'a company holding three million customer records', 558, 606);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (91, 'ico-fines-staysure', NULL, NULL, NULL, NULL, 'staysure-website-attack-2013', NULL, 'parties[staysure]', 'The hacker attacked Staysure.co.uk during October 2013', 851, 905);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (92, 'ico-fines-staysure', NULL, NULL, NULL, NULL, 'staysure-website-attack-2013', NULL, 'parties[hacker]', 'The hacker attacked Staysure.co.uk during October 2013, exploiting a vulnerability in the JBoss application server to insert a malicious JavaScript page onto the site.', 851, 1018);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (93, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'ticketmaster-chatbot-breach', NULL, 'summary', 'In 2018, cyber-attackers used the bot to harvest customer payment details, leaving more than nine million users exposed.', 1210, 1330);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (94, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'ticketmaster-chatbot-breach', NULL, 'cause', 'In 2018, cyber-attackers used the bot to harvest customer payment details, leaving more than nine million users exposed.', 1210, 1330);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (95, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'ticketmaster-chatbot-breach', NULL, 'summary', 'Purchases between September 2017 until late June 2018 were the target.', 1137, 1207);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (96, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'ticketmaster-chatbot-breach', NULL, 'occurred_from', 'Purchases between September 2017 until late June 2018 were the target.', 1137, 1207);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (97, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'ticketmaster-chatbot-breach', NULL, 'occurred_to', 'Purchases between September 2017 until late June 2018 were the target.', 1137, 1207);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (98, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'ticketmaster-chatbot-breach', NULL, 'summary', 'ICO believes that more than nine million customers in Europe had potentially been harvested and affected by the breach; 1.5 million are based in the United Kingdom.', 281, 445);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (99, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'ticketmaster-chatbot-breach', NULL, 'summary', 'Fortunately, US customers were not affected.', 1697, 1741);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (100, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'ticketmaster-chatbot-breach', NULL, 'summary', 'The chatbot on Ticketmaster''s online payment page, which Inbenta Technologies developed, is said to be the security loophole.', 1011, 1136);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (101, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'ticketmaster-chatbot-breach', NULL, 'cause', 'The chatbot on Ticketmaster''s online payment page, which Inbenta Technologies developed, is said to be the security loophole.', 1011, 1136);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (102, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'ticketmaster-chatbot-breach', NULL, 'cause', 'Information Commissioner Office (ICO) fines Ticketmaster for the ticketing platform''s failure to secure the customers'' data back in 2018.', 76, 213);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (103, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'ticketmaster-chatbot-breach', NULL, 'cause', 'The malicious code revealed all customers'' details', 1331, 1381);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (104, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'ticketmaster-chatbot-breach', NULL, 'cause', 'Magecart, a group of hackers and credit card skimmers, is believed to be behind this operation', 1494, 1588);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (105, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'ticketmaster-chatbot-breach', NULL, 'discovered_how', 'Several banks had reached out to Ticketmaster about the potential leak, but it took them ''unacceptable'' nine weeks to take action.', 2175, 2305);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (106, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'ticketmaster-chatbot-breach', NULL, 'remediation', 'All the customers who had been attacked were informed and offered them a free 12-month identity monitoring service.', 1975, 2090);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (107, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'ticketmaster-chatbot-breach', NULL, 'data_categories[names]', 'including full name, address, billing details, telephone and CVV numbers', 1383, 1455);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (108, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'ticketmaster-chatbot-breach', NULL, 'data_categories[postal_addresses]', 'including full name, address, billing details, telephone and CVV numbers', 1383, 1455);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (109, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'ticketmaster-chatbot-breach', NULL, 'data_categories[billing_details]', 'including full name, address, billing details, telephone and CVV numbers', 1383, 1455);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (110, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'ticketmaster-chatbot-breach', NULL, 'data_categories[telephone_numbers]', 'including full name, address, billing details, telephone and CVV numbers', 1383, 1455);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (111, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'ticketmaster-chatbot-breach', NULL, 'data_categories[card_verification_values]', 'including full name, address, billing details, telephone and CVV numbers', 1383, 1455);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (112, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'ticketmaster-chatbot-breach', NULL, 'data_categories[payment_details]', 'cyber-attackers used the bot to harvest customer payment details', 1219, 1283);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (113, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'ticketmaster-chatbot-breach', NULL, 'quantities[customers-affected-europe]', 'more than nine million customers in Europe had potentially been harvested and affected by the breach', 299, 399);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (114, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'ticketmaster-chatbot-breach', NULL, 'quantities[customers-affected-europe]', 'leaving more than nine million users exposed', 1285, 1329);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (115, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'ticketmaster-chatbot-breach', NULL, 'quantities[customers-affected-uk]', '1.5 million are based in the United Kingdom', 401, 444);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (116, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'ticketmaster-chatbot-breach', NULL, 'quantities[barclays-customers-affected]', 'over 60,000 Barclays bank customers were among the affected', 1636, 1695);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (117, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'ticketmaster-chatbot-breach', NULL, 'quantities[time-to-act]', 'Several banks had reached out to Ticketmaster about the potential leak, but it took them ''unacceptable'' nine weeks to take action.', 2175, 2305);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (118, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'ticketmaster-chatbot-breach', NULL, 'parties[ticketmaster]', 'fines Ticketmaster for the ticketing platform''s failure to secure the customers'' data back in 2018', 114, 212);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (119, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'ticketmaster-chatbot-breach', NULL, 'parties[inbenta-technologies]', 'The chatbot on Ticketmaster''s online payment page, which Inbenta Technologies developed, is said to be the security loophole.', 1011, 1136);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (120, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'ticketmaster-chatbot-breach', NULL, 'parties[magecart]', 'Magecart, a group of hackers and credit card skimmers, is believed to be behind this operation', 1494, 1588);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (121, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'ticketmaster-chatbot-breach', NULL, 'parties[barclays]', 'over 60,000 Barclays bank customers were among the affected', 1636, 1695);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (122, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'ticketmaster-chatbot-breach', NULL, 'parties[several-banks]', 'Several banks had reached out to Ticketmaster about the potential leak', 2175, 2245);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (123, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, 'ticketmaster-chatbot-breach', NULL, 'parties[keller-lenkner]', 'On behalf of the victims, law firm Keller Lenkner is to pursue legal action against the ticketing company.', 2308, 2414);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (124, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, NULL, 'british-airways-proposed-monetary-penalty', 'type', 'It was dramatically decreased from the original $241 million (£183 million) demand due to the current economic atmosphere in the pandemic period.', 2911, 3056);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (125, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, NULL, 'british-airways-proposed-monetary-penalty', 'status', 'It was dramatically decreased from the original $241 million (£183 million) demand due to the current economic atmosphere in the pandemic period.', 2911, 3056);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (126, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, NULL, 'british-airways-proposed-monetary-penalty', 'amount', 'It was dramatically decreased from the original $241 million (£183 million) demand due to the current economic atmosphere in the pandemic period.', 2911, 3056);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (127, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, NULL, 'british-airways-proposed-monetary-penalty', 'summary', 'It was dramatically decreased from the original $241 million (£183 million) demand due to the current economic atmosphere in the pandemic period.', 2911, 3056);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (128, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, NULL, 'british-airways-proposed-monetary-penalty', 'regulator', 'The ICO fined $26 million to British Airways', 2810, 2854);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (129, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, NULL, 'british-airways-proposed-monetary-penalty', 'organisation', 'The ICO fined $26 million to British Airways', 2810, 2854);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (130, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, NULL, 'british-airways-proposed-monetary-penalty', 'incident', 'It wasn''t until two months when a security researcher brought the issue to British Airways and the ICO.', 3059, 3162);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (131, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, NULL, 'british-airways-proposed-monetary-penalty', 'amount_equivalents[GBP]', 'the original $241 million (£183 million) demand', 2946, 2993);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (132, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, NULL, 'british-airways-monetary-penalty', 'type', 'The ICO fined $26 million to British Airways, which was the most prominent fine ICO has ever issued.', 2810, 2910);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (133, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, NULL, 'british-airways-monetary-penalty', 'status', 'The ICO fined $26 million to British Airways, which was the most prominent fine ICO has ever issued.', 2810, 2910);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (134, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, NULL, 'british-airways-monetary-penalty', 'regulator', 'The ICO fined $26 million to British Airways, which was the most prominent fine ICO has ever issued.', 2810, 2910);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (135, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, NULL, 'british-airways-monetary-penalty', 'organisation', 'The ICO fined $26 million to British Airways, which was the most prominent fine ICO has ever issued.', 2810, 2910);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (136, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, NULL, 'british-airways-monetary-penalty', 'amount', 'The ICO fined $26 million to British Airways, which was the most prominent fine ICO has ever issued.', 2810, 2910);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (137, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, NULL, 'british-airways-monetary-penalty', 'summary', 'The ICO fined $26 million to British Airways, which was the most prominent fine ICO has ever issued.', 2810, 2910);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (138, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, NULL, 'british-airways-monetary-penalty', 'supersedes', 'It was dramatically decreased from the original $241 million (£183 million) demand due to the current economic atmosphere in the pandemic period.', 2911, 3056);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (139, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, NULL, 'british-airways-monetary-penalty', 'rationale', 'It was dramatically decreased from the original $241 million (£183 million) demand due to the current economic atmosphere in the pandemic period.', 2911, 3056);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (140, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, NULL, 'british-airways-monetary-penalty', 'summary', 'It was dramatically decreased from the original $241 million (£183 million) demand due to the current economic atmosphere in the pandemic period.', 2911, 3056);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (141, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, NULL, 'british-airways-monetary-penalty', 'incident', 'It wasn''t until two months when a security researcher brought the issue to British Airways and the ICO.', 3059, 3162);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (142, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, NULL, NULL, 'co-operative-life-planning-undertaking', 'regulator', 'The Information Commissioner''s Office (ICO) has announced that Co-operative Life Planning has breached the Data Protection Act.', 139, 266);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (143, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, NULL, NULL, 'co-operative-life-planning-undertaking', 'organisation', 'The Information Commissioner''s Office (ICO) has announced that Co-operative Life Planning has breached the Data Protection Act.', 139, 266);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (144, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, NULL, NULL, 'co-operative-life-planning-undertaking', 'legal_basis', 'The Information Commissioner''s Office (ICO) has announced that Co-operative Life Planning has breached the Data Protection Act.', 139, 266);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (145, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, NULL, NULL, 'co-operative-life-planning-undertaking', 'summary', 'The Information Commissioner''s Office (ICO) has announced that Co-operative Life Planning has breached the Data Protection Act.', 139, 266);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (146, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, NULL, NULL, 'co-operative-life-planning-undertaking', 'type', 'Ian Mackie, managing director of Co-operative Life Planning, has signed an undertaking to ensure that the data loss prevention software already tested by the group will be introduced across all the company''s servers.', 1077, 1293);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (147, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, NULL, NULL, 'co-operative-life-planning-undertaking', 'status', 'Ian Mackie, managing director of Co-operative Life Planning, has signed an undertaking to ensure that the data loss prevention software already tested by the group will be introduced across all the company''s servers.', 1077, 1293);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (148, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, NULL, NULL, 'co-operative-life-planning-undertaking', 'signed_by', 'Ian Mackie, managing director of Co-operative Life Planning, has signed an undertaking to ensure that the data loss prevention software already tested by the group will be introduced across all the company''s servers.', 1077, 1293);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (149, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, NULL, NULL, 'co-operative-life-planning-undertaking', 'terms', 'Ian Mackie, managing director of Co-operative Life Planning, has signed an undertaking to ensure that the data loss prevention software already tested by the group will be introduced across all the company''s servers.', 1077, 1293);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (150, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, NULL, NULL, 'co-operative-life-planning-undertaking', 'summary', 'Ian Mackie, managing director of Co-operative Life Planning, has signed an undertaking to ensure that the data loss prevention software already tested by the group will be introduced across all the company''s servers.', 1077, 1293);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (151, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, NULL, NULL, 'co-operative-life-planning-undertaking', 'terms', 'The organisation will also carry out testing of all future databases which are subject to maintenance to ensure that the data remains secure.', 1294, 1435);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (152, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, NULL, NULL, 'co-operative-life-planning-undertaking', 'rationale', 'In this case, a monetary penalty was not appropriate because the information that was compromised was unlikely to cause substantial damage or distress and its disclosure didn''t present a significant risk to the individuals affected.', 2422, 2654);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (153, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, NULL, NULL, 'co-operative-life-planning-undertaking', 'summary', 'In this case, a monetary penalty was not appropriate because the information that was compromised was unlikely to cause substantial damage or distress and its disclosure didn''t present a significant risk to the individuals affected.', 2422, 2654);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (154, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, NULL, NULL, 'co-operative-life-planning-undertaking', 'rationale', 'Co-operative Life Planning also had appropriate policies already in place around protecting personal information stored on their servers.', 2657, 2794);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (155, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, NULL, NULL, 'co-operative-life-planning-undertaking', 'incident', 'Co-operative Life Planning supplied the ICO with a report about the incident on 8th March, and its investigation found', 1437, 1555);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (156, 'ico-fines-staysure', NULL, NULL, NULL, NULL, NULL, 'staysure-monetary-penalty', 'type', 'The Information Commissioner’s Office (ICO) has fined a travel insurer £175,000 after inadequate security on its website exposed 100,000 live credit cards records to hackers.', 0, 174);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (157, 'ico-fines-staysure', NULL, NULL, NULL, NULL, NULL, 'staysure-monetary-penalty', 'status', 'The Information Commissioner’s Office (ICO) has fined a travel insurer £175,000 after inadequate security on its website exposed 100,000 live credit cards records to hackers.', 0, 174);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (158, 'ico-fines-staysure', NULL, NULL, NULL, NULL, NULL, 'staysure-monetary-penalty', 'regulator', 'The Information Commissioner’s Office (ICO) has fined a travel insurer £175,000 after inadequate security on its website exposed 100,000 live credit cards records to hackers.', 0, 174);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (159, 'ico-fines-staysure', NULL, NULL, NULL, NULL, NULL, 'staysure-monetary-penalty', 'organisation', 'The Information Commissioner’s Office (ICO) has fined a travel insurer £175,000 after inadequate security on its website exposed 100,000 live credit cards records to hackers.', 0, 174);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (160, 'ico-fines-staysure', NULL, NULL, NULL, NULL, NULL, 'staysure-monetary-penalty', 'incident', 'The Information Commissioner’s Office (ICO) has fined a travel insurer £175,000 after inadequate security on its website exposed 100,000 live credit cards records to hackers.', 0, 174);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (161, 'ico-fines-staysure', NULL, NULL, NULL, NULL, NULL, 'staysure-monetary-penalty', 'summary', 'The Information Commissioner’s Office (ICO) has fined a travel insurer £175,000 after inadequate security on its website exposed 100,000 live credit cards records to hackers.', 0, 174);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (162, 'ico-fines-staysure', NULL, NULL, NULL, NULL, NULL, 'staysure-monetary-penalty', 'amount', 'The Information Commissioner’s Office (ICO) has fined a travel insurer £175,000 after inadequate security on its website exposed 100,000 live credit cards records to hackers.', 0, 174);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (163, 'ico-fines-staysure', NULL, NULL, NULL, NULL, NULL, 'staysure-monetary-penalty', 'type', 'this penalty notice reflects the severity of the situation', 789, 847);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (164, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, NULL, 'ticketmaster-monetary-penalty', 'type', 'ICO Issues $1.65 Million Fine to Ticketmaster', 0, 45);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (165, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, NULL, 'ticketmaster-monetary-penalty', 'regulator', 'ICO Issues $1.65 Million Fine to Ticketmaster', 0, 45);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (166, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, NULL, 'ticketmaster-monetary-penalty', 'organisation', 'ICO Issues $1.65 Million Fine to Ticketmaster', 0, 45);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (167, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, NULL, 'ticketmaster-monetary-penalty', 'incident', 'Information Commissioner Office (ICO) fines Ticketmaster for the ticketing platform''s failure to secure the customers'' data back in 2018.', 76, 213);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (168, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, NULL, 'ticketmaster-monetary-penalty', 'summary', 'Information Commissioner Office (ICO) fines Ticketmaster for the ticketing platform''s failure to secure the customers'' data back in 2018.', 76, 213);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (169, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, NULL, 'ticketmaster-monetary-penalty', 'amount', 'The penalty is worth over $1.65 million.', 214, 254);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (170, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, NULL, 'ticketmaster-monetary-penalty', 'summary', 'The penalty is worth over $1.65 million.', 214, 254);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (171, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, NULL, 'ticketmaster-monetary-penalty', 'status', 'Ticketmaster is to appeal against the decision, as the ticket sales company reveals in a statement.', 685, 784);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (172, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, NULL, 'ticketmaster-monetary-penalty', 'summary', 'Ticketmaster is to appeal against the decision, as the ticket sales company reveals in a statement.', 685, 784);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (173, 'ico-fines-ticketmaster', NULL, NULL, NULL, NULL, NULL, 'ticketmaster-monetary-penalty', 'status', 'The company believes that they have tried to offer full cooperation to the ICO following Inbenta Technologies'' breach.', 785, 903);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (174, 'ico-fines-staysure', NULL, NULL, NULL, 'chris-mcintosh-it-security', NULL, NULL, 'text', 'True IT security means much more than simply putting firewalls and anti-virus in place. It also means ensuring that systems are regularly tested and updated, and that there are no weak links where an attacker can gain access.', 1976, 2201);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (175, 'ico-fines-staysure', NULL, NULL, NULL, 'chris-mcintosh-lessons', NULL, NULL, 'text', 'While the ICO has been issuing monetary penalties since 2012, it seems that for too many organisations the lessons simply aren’t sinking in.', 1833, 1973);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (176, 'ico-fines-ticketmaster', NULL, NULL, NULL, 'james-dipple-johnstone-ticketmaster', NULL, NULL, 'text', 'Ticketmaster should have done more to reduce the risk of a cyber-attack. Its failure to do so meant that millions of people in the UK and Europe were exposed to potential fraud,', 449, 626);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (177, 'ico-fines-ticketmaster', NULL, NULL, NULL, 'keller-lenkner-ticketmaster-blame', NULL, NULL, 'text', 'refusing to accept any blame for the data hack.', 2505, 2552);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (178, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, 'sally-anne-poole-contractors', NULL, NULL, 'text', 'This case highlights the need for companies to ensure their contractors are following procedures on keeping customers'' personal information secure. Co-operative Life Planning''s customers had an expectation that the organisation would keep their details safe and they have been let down by this breach.', 1989, 2290);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (179, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, 'sally-anne-poole-improvements', NULL, NULL, 'text', 'Co-operative Life Planning also had appropriate policies already in place around protecting personal information stored on their servers. Our focus has therefore been to make sure the organisation commits to making improvements to stop this from happening again and we are pleased that they are being put in place.', 2657, 2971);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (180, 'co-operative-life-planning-customer-details-released-online', NULL, NULL, NULL, 'sally-anne-poole-no-monetary-penalty', NULL, NULL, 'text', 'The ICO takes breaches of the law extremely seriously and always seeks to take the most appropriate level of enforcement action. In this case, a monetary penalty was not appropriate because the information that was compromised was unlikely to cause substantial damage or distress and its disclosure didn''t present a significant risk to the individuals affected.', 2293, 2654);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (181, 'ico-fines-staysure', NULL, NULL, NULL, 'steve-eckersley-staysure-penalty', NULL, NULL, 'text', 'Keeping personal information secure is a basic legal requirement. The company’s actions were unacceptable and this penalty notice reflects the severity of the situation.', 679, 848);
--> statement-breakpoint
INSERT INTO "citations" ("id", "source_id", "regulator_id", "organisation_id", "person_id", "statement_id", "incident_id", "penalty_id", "field", "quote", "quote_start", "quote_end") VALUES (182, 'ico-fines-staysure', NULL, NULL, NULL, 'steve-eckersley-staysure-records', NULL, NULL, 'text', 'It’s unbelievable to think that a company holding three million customer records did not have the procedures in place to keep that information secure.', 526, 676);
--> statement-breakpoint
INSERT INTO "dataset" ("id", "name", "version", "licence") VALUES (1, 'Data-protection enforcement actions', '599a93b20959e7e9', 'Curated records and structure: CC BY 4.0. Quoted excerpts remain the copyright of their publishers and are reproduced as short quotations for citation; the articles themselves are not redistributed by the API.');
--> statement-breakpoint
DELETE FROM penalties_search;
--> statement-breakpoint
INSERT INTO penalties_search (rowid, penalty_id, name, organisation, summary, details, quotes)
SELECT p.rowid, p.id, p.name,
  o.name || coalesce(' ' || (SELECT group_concat(a.alias, ' ') FROM organisation_aliases a WHERE a.organisation_id = o.id), ''),
  p.summary,
  concat_ws(' ', p.legal_basis, p.rationale, p.terms),
  (SELECT group_concat(quote, ' ') FROM (SELECT DISTINCT quote FROM citations WHERE penalty_id = p.id))
FROM penalties p JOIN organisations o ON o.id = p.organisation_id;
--> statement-breakpoint
DELETE FROM organisations_search;
--> statement-breakpoint
INSERT INTO organisations_search (rowid, organisation_id, name, aliases, description, quotes)
SELECT o.rowid, o.id, o.name,
  (SELECT group_concat(a.alias, ' ') FROM organisation_aliases a WHERE a.organisation_id = o.id),
  o.description,
  (SELECT group_concat(quote, ' ') FROM (SELECT DISTINCT quote FROM citations WHERE organisation_id = o.id))
FROM organisations o;
--> statement-breakpoint
DELETE FROM incidents_search;
--> statement-breakpoint
INSERT INTO incidents_search (rowid, incident_id, name, summary, details, parties, quotes)
SELECT i.rowid, i.id, i.name, i.summary,
  concat_ws(' ', i.discovered_how, i.cause, i.remediation),
  (SELECT group_concat(coalesce(o.name, p.description), ' ') FROM incident_parties p LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.incident_id = i.id),
  (SELECT group_concat(quote, ' ') FROM (SELECT DISTINCT quote FROM citations WHERE incident_id = i.id))
FROM incidents i;
--> statement-breakpoint
DELETE FROM penalty_totals;
--> statement-breakpoint
INSERT INTO penalty_totals (year, type, status, regulator_id, currency, count, amount_minor)
SELECT substr(issued_on, 1, 4), type, status, regulator_id, currency, count(*), sum(amount_minor)
FROM penalties GROUP BY 1, 2, 3, 4, 5;
--> statement-breakpoint
DELETE FROM penalty_documents;
--> statement-breakpoint
INSERT INTO penalty_documents (penalty_id, document, statements)
SELECT p.id,
  json_object(
    'id', p.id, 'name', p.name, 'type', p.type, 'status', p.status, 'summary', p.summary,
    'regulator', json_object('id', r.id, 'name', r.name),
    'organisation', json_object('id', o.id, 'name', o.name),
    'incident', json(CASE WHEN i.id IS NULL THEN NULL ELSE json_object('id', i.id, 'name', i.name) END),
    'amount', json(CASE WHEN p.amount_minor IS NULL THEN NULL ELSE json_object('amount_minor', p.amount_minor, 'currency', p.currency, 'amount_major', CASE WHEN p.currency IN ('AFN', 'ALL', 'BIF', 'CLP', 'COP', 'DJF', 'GNF', 'HUF', 'IDR', 'IQD', 'IRR', 'ISK', 'JPY', 'KMF', 'KPW', 'KRW', 'LAK', 'LBP', 'MGA', 'MMK', 'PKR', 'PYG', 'RWF', 'SLL', 'SOS', 'SYP', 'UGX', 'VND', 'VUV', 'XAF', 'XOF', 'XPF', 'YER') THEN printf('%d', p.amount_minor) WHEN p.currency IN ('BHD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND') THEN printf('%d.%03d', p.amount_minor / 1000, p.amount_minor % 1000) ELSE printf('%d.%02d', p.amount_minor / 100, p.amount_minor % 100) END, 'amount_text', p.amount_text, 'amount_qualifier', p.amount_qualifier) END),
    'amount_equivalents', (SELECT json_group_array(json_object('amount_minor', e.amount_minor, 'currency', e.currency, 'amount_major', CASE WHEN e.currency IN ('AFN', 'ALL', 'BIF', 'CLP', 'COP', 'DJF', 'GNF', 'HUF', 'IDR', 'IQD', 'IRR', 'ISK', 'JPY', 'KMF', 'KPW', 'KRW', 'LAK', 'LBP', 'MGA', 'MMK', 'PKR', 'PYG', 'RWF', 'SLL', 'SOS', 'SYP', 'UGX', 'VND', 'VUV', 'XAF', 'XOF', 'XPF', 'YER') THEN printf('%d', e.amount_minor) WHEN e.currency IN ('BHD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND') THEN printf('%d.%03d', e.amount_minor / 1000, e.amount_minor % 1000) ELSE printf('%d.%02d', e.amount_minor / 100, e.amount_minor % 100) END, 'amount_text', e.amount_text, 'amount_qualifier', e.amount_qualifier) ORDER BY e.currency) FROM penalty_amount_equivalents e WHERE e.penalty_id = p.id),
    'issued_on', json(CASE WHEN p.issued_on IS NULL THEN NULL ELSE json_object('date', p.issued_on, 'precision', p.issued_on_precision, 'text', p.issued_on_text) END),
    'legal_basis', p.legal_basis, 'rationale', p.rationale, 'terms', p.terms,
    'signed_by', json(CASE WHEN signer.id IS NULL THEN NULL ELSE json_object('id', signer.id, 'name', signer.name) END),
    'supersedes', json(CASE WHEN earlier.id IS NULL THEN NULL ELSE json_object('id', earlier.id, 'name', earlier.name) END),
    'superseded_by', json((SELECT json_object('id', later.id, 'name', later.name) FROM penalties later WHERE later.supersedes_penalty_id = p.id ORDER BY later.id LIMIT 1)),
    'citations', (SELECT json_group_array(json_object('source_id', c.source_id, 'field', c.field, 'quote', c.quote, 'quote_start', c.quote_start, 'quote_end', c.quote_end) ORDER BY c.id) FROM citations c WHERE c.penalty_id = p.id)
  ),
  (SELECT json_group_array(json_object(
      'id', s.id,
      'speaker', json_object('id', coalesce(speaker.id, firm.id), 'name', coalesce(speaker.name, firm.name)),
      'speaker_role', CASE WHEN speaker.id IS NULL THEN NULL ELSE speaker.job_title END,
      'text', s.text, 'source_id', s.source_id,
      'citations', (SELECT json_group_array(json_object('source_id', c.source_id, 'field', c.field, 'quote', c.quote, 'quote_start', c.quote_start, 'quote_end', c.quote_end) ORDER BY c.id) FROM citations c WHERE c.statement_id = s.id)
    ) ORDER BY s.id)
   FROM statements s LEFT JOIN people speaker ON speaker.id = s.person_id LEFT JOIN organisations firm ON firm.id = s.organisation_id
   WHERE s.penalty_id = p.id)
FROM penalties p
JOIN regulators r ON r.id = p.regulator_id
JOIN organisations o ON o.id = p.organisation_id
LEFT JOIN incidents i ON i.id = p.incident_id
LEFT JOIN people signer ON signer.id = p.signed_by_person_id
LEFT JOIN penalties earlier ON earlier.id = p.supersedes_penalty_id;
