// English texts, domain "mail": typed against fr/mail.ts, so a missing or extra key fails the type-check.
import type { Translation } from '../translation';
import type { mail as fr } from '../fr/mail';

export const mail: Translation<typeof fr> = {
  noPassword:
    'No SMTP password for {{user}} on {{server}}: enter it on the Reports screen, or give it in the DISPATCH_SMTP_PASSWORD variable. A password saved for another server or user is never sent there.',
  sendFailure: {
    refused:
      'The SMTP server {{server}} refuses the connection: check mail.host and mail.port (465 for tls, 587 for starttls) and that this server is running.',
    unknownHost: 'The SMTP server {{host}} cannot be found: check mail.host and the network connection.',
    timeout:
      'The SMTP server {{server}} does not answer: check mail.host and mail.port, and that no firewall blocks that port; try again later.',
    starttls:
      'The SMTP server {{server}} did not encrypt the connection (STARTTLS: {{words}}); nothing was sent, the password neither. Try again later, or choose security tls with port 465.',
    tlsMismatch:
      'The SMTP server {{server}} does not speak the chosen encryption ({{words}}): port 465 goes with security tls, port 587 with starttls.',
    auth: 'The SMTP server {{server}} refuses the user {{user}} or its password ({{words}}): check mail.user and enter the password again on the Reports screen (Gmail: an app password).',
    answered: 'The SMTP server {{server}} refused the message: {{words}}',
    other:
      'Sending through the SMTP server {{server}} failed: {{words}}. Check the sending settings (Reports screen), then try again.',
  },
};
