// A throwaway WordPress for the plugin's test, from Debian's packages: MariaDB on a socket only (no TCP), Apache with
// mod_php listening on 127.0.0.1 only, Debian's WordPress files copied into a temporary folder with their own
// wp-config.php, the plugin unzipped from its packaged zip, and the package's dist/ served beside WordPress (no
// network). Everything lives in one temporary folder and is removed by stop(); nothing in /etc is touched.
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const WORDPRESS = '/usr/share/wordpress';
const PACKAGES = ['wordpress', 'apache2', 'libapache2-mod-php', 'mariadb-server', 'php-mysql', 'php-cli', 'unzip'];
const NEEDED = [
  '/usr/sbin/apache2',
  '/usr/sbin/mariadbd',
  '/usr/bin/mariadb-install-db',
  '/usr/bin/php',
  '/usr/bin/unzip',
  `${WORDPRESS}/wp-settings.php`,
];
const POLICY = '/usr/sbin/policy-rc.d';

const run = (command, args, options = {}) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });

/** Installs Debian's packages if any is missing, without letting their install scripts start the services. */
export function installPackages() {
  if (NEEDED.every((path) => existsSync(path))) return false;
  const ownPolicy = !existsSync(POLICY);
  if (ownPolicy) writeFileSync(POLICY, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update', '-qq'], { env });
    run('apt-get', ['install', '-y', '-qq', ...PACKAGES], { env });
  } finally {
    if (ownPolicy) unlinkSync(POLICY);
  }
  return true;
}

/** The installed WordPress version, as its own version.php says. */
export const wordpressVersion = () =>
  readFileSync(`${WORDPRESS}/wp-includes/version.php`, 'utf8').match(/\$wp_version = '([^']+)'/)[1];

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function until(check, what, tries = 200) {
  for (let i = 0; i < tries; i++) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what}: not done after ${tries / 10} s`);
}

/**
 * Starts MariaDB and Apache and installs WordPress with the plugin (from `pluginZip`) and `dist` at /ofsted-dist/.
 * Returns the site's origin, the folder, the site's files (`site`) and stop().
 */
export async function startWordPress({ pluginZip, dist }) {
  const folder = mkdtempSync('/tmp/ofsted-wordpress-');
  chmodSync(folder, 0o755);
  const socket = join(folder, 'mysql.sock');
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const site = join(folder, 'wordpress');
  let mariadb;
  let apacheConf;
  const stop = async () => {
    if (apacheConf) {
      try {
        run('/usr/sbin/apache2', ['-f', apacheConf, '-k', 'stop']);
      } catch {
        // already stopped
      }
      await until(() => !existsSync(join(folder, 'apache2.pid')), 'Apache stopping');
    }
    if (mariadb && mariadb.exitCode === null) {
      const exited = new Promise((resolve) => mariadb.once('exit', resolve));
      mariadb.kill('SIGTERM');
      await exited;
    }
  };

  try {
    // MariaDB: its own data folder, a socket in it, no TCP port at all.
    run('/usr/bin/mariadb-install-db', [
      '--no-defaults',
      `--datadir=${folder}/db`,
      '--user=root',
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
    ]);
    mariadb = spawn(
      '/usr/sbin/mariadbd',
      [
        '--no-defaults',
        `--datadir=${folder}/db`,
        `--socket=${socket}`,
        '--skip-networking',
        '--user=root',
        `--pid-file=${folder}/mariadb.pid`,
        `--log-error=${folder}/mariadb.log`,
      ],
      { stdio: 'ignore' },
    );
    const sql = (statement) =>
      run('/usr/bin/mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', statement]);
    await until(() => sql('SELECT 1'), 'MariaDB');
    sql('CREATE DATABASE wordpress');

    // Debian's WordPress files, with a wp-config.php of this site's own.
    // Links followed: Debian's relative links (into /usr/share/javascript and /usr/share/php) would break in the copy.
    cpSync(WORDPRESS, site, { recursive: true, dereference: true });
    rmSync(join(site, '.htaccess'), { force: true });
    writeFileSync(join(site, 'wp-config.php'), wpConfig({ site, socket, origin, folder }));
    mkdirSync(join(site, 'wp-content/uploads'), { recursive: true });
    run('/usr/bin/unzip', ['-q', pluginZip, '-d', join(site, 'wp-content/plugins')]);
    cpSync(dist, join(site, 'ofsted-dist'), {
      recursive: true,
      filter: (path) => !path.includes('/types') && !path.endsWith('.map'),
    });
    run('chown', ['-R', 'www-data:www-data', site]);
    writeFileSync(join(folder, 'debug.log'), '');
    chmodSync(join(folder, 'debug.log'), 0o666);

    // Apache with mod_php, on 127.0.0.1 only.
    apacheConf = join(folder, 'apache2.conf');
    writeFileSync(apacheConf, apacheConfig({ folder, site, port }));
    run('/usr/sbin/apache2', ['-f', apacheConf, '-k', 'start']);
    await until(async () => (await fetch(`${origin}/readme.html`)).ok, 'Apache');

    // WordPress's own installer, then an Author, through WordPress's PHP functions.
    php(
      folder,
      site,
      origin,
      `
      define('WP_INSTALLING', true);
      require ABSPATH . 'wp-load.php';
      require_once ABSPATH . 'wp-admin/includes/upgrade.php';
      wp_install('Benchtown Council', 'admin', 'admin@example.org', false, '', 'admin-password-1');
      wp_insert_user(['user_login' => 'author', 'user_pass' => 'author-password-1', 'role' => 'author', 'user_email' => 'author@example.org']);`,
    );
    return {
      origin,
      folder,
      site,
      debugLog: join(folder, 'debug.log'),
      stop: async () => (await stop(), rmSync(folder, { recursive: true, force: true })),
    };
  } catch (error) {
    await stop();
    const logs = ['apache-error.log', 'mariadb.log']
      .map((name) => join(folder, name))
      .filter(existsSync)
      .map((path) => `${path}:\n${readFileSync(path, 'utf8').slice(-2000)}`)
      .join('\n');
    rmSync(folder, { recursive: true, force: true });
    throw new Error(`${error.message}\n${logs}`);
  }
}

function php(folder, site, origin, code) {
  const file = join(folder, 'setup.php');
  writeFileSync(
    file,
    `<?php\n$_SERVER['HTTP_HOST'] = '${new URL(origin).host}';\ndefine('ABSPATH', '${site}/');\n${code}\n`,
  );
  return run('/usr/bin/php', [file]);
}

const wpConfig = ({ site, socket, origin, folder }) => `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4');
define('WP_HOME', '${origin}');
define('WP_SITEURL', '${origin}');
define('WP_CONTENT_DIR', '${site}/wp-content');
define('WP_CONTENT_URL', '${origin}/wp-content');
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '${folder}/debug.log');
define('WP_DEBUG_DISPLAY', false);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
${[
  'AUTH_KEY',
  'SECURE_AUTH_KEY',
  'LOGGED_IN_KEY',
  'NONCE_KEY',
  'AUTH_SALT',
  'SECURE_AUTH_SALT',
  'LOGGED_IN_SALT',
  'NONCE_SALT',
]
  .map((key) => `define('${key}', 'test-only ${key}');`)
  .join('\n')}
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', '${site}/');
require_once ABSPATH . 'wp-settings.php';
`;

const apacheConfig = ({ folder, site, port }) => `ServerRoot /etc/apache2
ServerName 127.0.0.1
PidFile ${folder}/apache2.pid
DefaultRuntimeDir ${folder}
Mutex file:${folder} default
Listen 127.0.0.1:${port}
User www-data
Group www-data
ErrorLog ${folder}/apache-error.log
LogLevel warn
LoadModule mpm_prefork_module /usr/lib/apache2/modules/mod_mpm_prefork.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule dir_module /usr/lib/apache2/modules/mod_dir.so
LoadModule mime_module /usr/lib/apache2/modules/mod_mime.so
LoadModule php_module /usr/lib/apache2/modules/${run('ls', ['/usr/lib/apache2/modules'])
  .split('\n')
  .find((name) => /^libphp[\d.]*\.so$/.test(name))}
StartServers 2
MaxRequestWorkers 8
TypesConfig /etc/mime.types
DocumentRoot ${site}
DirectoryIndex index.php index.html
<Directory />
  Require all denied
  AllowOverride None
</Directory>
<Directory ${site}>
  Require all granted
</Directory>
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
`;
