/**
 * Who is calling: accounts, their invitation and reset links, passwords and the TOTP of the
 * secretariat and administrators, browser sessions (cookie and CSRF token), API tokens with scopes,
 * and the limits on login attempts. Sessions, links, tokens and counters are database rows, so every
 * serve process on one database agrees on them. Present only where a database is configured.
 */
package org.gapcheck.access;
