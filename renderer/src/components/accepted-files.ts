export const ACCEPTED_FILES = '.csv,.vcf,.vcard,.zip,.txt';
