// Fills the hidden time zone fields of the reminder forms with this device's zone (e.g. "Europe/Madrid"), so a
// reminder rings at the person's own 08:00. Without JavaScript the server's default applies, and the reminder page
// offers a list to choose from.
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
if (zone) {
  for (const field of document.querySelectorAll('input[data-time-zone]')) {
    field.value = zone;
  }
}
