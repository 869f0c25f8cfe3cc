export { checkDevPassword } from './checkDevPassword.js';
export { type DevUser, devTenants, devUsers } from './devUsers.js';
export { type DevIdp, type DevIdpOptions, startDevIdp } from './startDevIdp.js';
