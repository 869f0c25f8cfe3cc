/** HTML-escapes text for element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Everything the provider's pages load comes from the provider itself: no inline script or style (the stylesheet is
 * `/dev-idp.css`). `form-action` is left out on purpose: browsers apply it to the redirect chain after the login form,
 * which ends at the relying party.
 */
export const devIdpCsp =
  "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; frame-ancestors 'none'";

export const devIdpCss = `body{font-family:system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem;color:#111;background:#fff}
.dev{border:3px solid #b00020;background:#fff3f3;color:#7a0014;padding:.5rem 1rem;font-weight:700}
label{display:block;margin-top:1rem;font-weight:600}
input{display:block;width:100%;box-sizing:border-box;padding:.5rem;font-size:1rem;border:2px solid #555}
input:focus,button:focus{outline:3px solid #1a5fb4;outline-offset:2px}
button{margin-top:1.5rem;padding:.6rem 1.2rem;font-size:1rem;background:#1a5fb4;color:#fff;border:0;cursor:pointer}
button.secondary{background:#555;margin-left:.5rem}
.error{color:#b00020;font-weight:700}`;

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><link rel="stylesheet" href="/dev-idp.css"></head>
<body>
<p class="dev" role="note">Nur für die Entwicklung – keine echte Anmeldung. <span lang="en">Development only – not a real identity provider.</span></p>
<main>
${body}
</main>
</body>
</html>`;
}

/** The login form: labelled fields, the error (if any) announced and linked to the fields. */
export function loginPage(options: { action: string; username?: string; error?: boolean }): string {
  const error = options.error
    ? '<p id="login-error" class="error" role="alert">Benutzername oder Passwort ist falsch. <span lang="en">Wrong user name or password.</span></p>'
    : '';
  const describedBy = options.error ? ' aria-describedby="login-error" aria-invalid="true"' : '';
  return page(
    'Anmelden – Plenum-Entwicklungs-IdP',
    `<h1>Anmelden <span lang="en">(Sign in)</span></h1>
${error}
<form method="post" action="${escapeHtml(options.action)}" autocomplete="off">
<label for="username">Benutzername <span lang="en">(user name)</span></label>
<input id="username" name="username" type="text" required autofocus value="${escapeHtml(options.username ?? '')}"${describedBy}>
<label for="password">Passwort <span lang="en">(password)</span></label>
<input id="password" name="password" type="password" required${describedBy}>
<button type="submit">Anmelden <span lang="en">(Sign in)</span></button>
</form>`,
  );
}

/** Asks before ending the provider session; `form` is the provider's hidden form (id `op.logoutForm`). */
export function logoutPage(form: string): string {
  return page(
    'Abmelden – Plenum-Entwicklungs-IdP',
    `<h1>Abmelden? <span lang="en">(Sign out?)</span></h1>
${form}
<button type="submit" form="op.logoutForm" value="yes" name="logout">Ja, abmelden <span lang="en">(Yes, sign out)</span></button>
<button type="submit" form="op.logoutForm" class="secondary">Nein <span lang="en">(No)</span></button>`,
  );
}

export function loggedOutPage(): string {
  return page(
    'Abgemeldet – Plenum-Entwicklungs-IdP',
    '<h1>Sie sind abgemeldet. <span lang="en">(You are signed out.)</span></h1>',
  );
}

export function errorPage(error: string, description: string | undefined): string {
  return page(
    'Fehler – Plenum-Entwicklungs-IdP',
    `<h1>Fehler <span lang="en">(Error)</span></h1><p><code>${escapeHtml(error)}</code></p>${
      description ? `<p>${escapeHtml(description)}</p>` : ''
    }`,
  );
}
