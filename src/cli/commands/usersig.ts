// chaterr usersig: decode a UserSig and tell which login error it would cause; `generate` makes test sigs.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { toJsonLine } from '../../render/json.js';
import { escapeControls } from '../../render/text.js';
import { raiseExitCode, renderContext } from '../context.js';
import { CliError, EXIT } from '../errors.js';
import { withGlobalOptions } from '../global-options.js';
import type { CliIO } from '../io.js';
import { parsePositiveInt } from '../options.js';
import { readErrorReason } from '../streams.js';
import { USERSIG_CODES } from '../../core/usersig-codes.js';

interface KeyFlags {
  keyFile?: string;
}

const KEY_ENV = 'CHATERR_SECRET_KEY';
const MAX_SDKAPPID = 2 ** 32 - 1;
/** TLSSigAPIv2's own samples sign for 180 days. */
const DEFAULT_EXPIRE_SECONDS = 180 * 86400;
/** Enough for any real sig; stdin beyond this is a wrong paste and is not buffered further. */
const MAX_STDIN_CHARS = 64 * 1024;

/** node:crypto and node:zlib cost start-up time, so the UserSig code loads only when this command runs. */
const loadUserSig = () => Promise.all([import('../../core/usersig.js'), import('../../render/usersig.js')]);

/** The secret key from --key-file or the environment; it is never taken from argv and never printed. */
function secretKey(io: CliIO, flags: KeyFlags): string | undefined {
  if (flags.keyFile !== undefined) {
    let text: string;
    try {
      text = readFileSync(flags.keyFile, 'utf8');
    } catch (error) {
      throw new CliError(`cannot read the key file ${escapeControls(flags.keyFile)}: ${readErrorReason(error)}`);
    }
    const key = text.trim();
    if (key === '') throw new CliError(`the key file ${escapeControls(flags.keyFile)} is empty`);
    return key;
  }
  const fromEnv = io.env[KEY_ENV]?.trim();
  return fromEnv ? fromEnv : undefined;
}

/** Reads the sig from stdin, refusing to buffer more than a sig could ever be. */
async function readSigFromStdin(io: CliIO): Promise<string> {
  let text = '';
  for await (const chunk of io.stdin) {
    text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
    if (text.length > MAX_STDIN_CHARS) {
      io.stdin.destroy();
      break;
    }
  }
  return text;
}

export function registerUserSig(program: Command, io: CliIO): Command {
  const usersig = program
    .command('usersig')
    .description('decode a UserSig: who, which app, when it expires, and whether it matches your app and key')
    .argument('[sig]', 'the UserSig, or - to read it from standard input (keeps it out of shell history)')
    .option('--user <id>', `the UserID your app logs in with (mismatch: ${USERSIG_CODES.identifier})`)
    .option('--sdkappid <n>', `the SDKAppID your app uses (mismatch: ${USERSIG_CODES.sdkappid})`, parsePositiveInt(MAX_SDKAPPID))
    .option('--key-file <path>', `verify the signature with the secret key in this file (or set ${KEY_ENV}); mismatch: ${USERSIG_CODES.signature}`)
    .option('--json', 'print one JSON document (schemaVersion 1)')
    .addHelpText(
      'after',
      `
Examples:
  chaterr usersig eJwtzM0Kgk...
  pbpaste | chaterr usersig -
  chaterr usersig "$SIG" --user alice --sdkappid 1400000000
  CHATERR_SECRET_KEY=... chaterr usersig "$SIG"       verify the signature too
  chaterr usersig generate --user alice --sdkappid 1400000000 --key-file key.txt

Exit codes: 0 the sig is fine, 1 it would fail (expired, another user, app or key), 2 it is not a UserSig.
The secret key is read only from --key-file or ${KEY_ENV}, never from the command line, and never printed.`,
    )
    .action(async (sigArg: string | undefined, flags: KeyFlags & { user?: string; sdkappid?: number; json?: boolean }, command: Command) => {
      if (sigArg === undefined) throw new CliError('give a UserSig, or - to read it from standard input (chaterr usersig --help)');
      const [{ decodeUserSig, diagnoseUserSig, MALFORMED_CODES }, { diagnosisDocument, renderDiagnosis }] = await loadUserSig();
      const raw = sigArg === '-' ? await readSigFromStdin(io) : sigArg;
      const decoded = decodeUserSig(raw);
      if (!decoded.ok) {
        throw new CliError(`not a UserSig: ${decoded.reason}; Tencent rejects such a sig with ${MALFORMED_CODES.join(' / ')}`);
      }
      const key = secretKey(io, flags);
      const now = io.now();
      const diagnosis = diagnoseUserSig(decoded.userSig, { now, identifier: flags.user, sdkAppId: flags.sdkappid, secretKey: key });
      io.stdout.write(flags.json ? toJsonLine(diagnosisDocument(diagnosis)) : renderDiagnosis(diagnosis, renderContext(command, io), now));
      if (diagnosis.checks.some((c) => !c.ok && c.code !== null)) raiseExitCode(io, EXIT.notFound);
    });

  withGlobalOptions(usersig.command('generate'))
    .exitOverride()
    .configureOutput(program.configureOutput())
    .description('make a test UserSig with your secret key (production sigs belong on your server)')
    .requiredOption('--user <id>', 'the UserID to sign for')
    .requiredOption('--sdkappid <n>', 'the SDKAppID', parsePositiveInt(MAX_SDKAPPID))
    .option('--expire <seconds>', 'validity in seconds (default: 180 days)', parsePositiveInt(10 * 365 * 86400))
    .option('--key-file <path>', `the secret key file (or set ${KEY_ENV})`)
    .addHelpText(
      'after',
      `
For local testing only. In production, generate UserSigs on your server: a secret key shipped in an
app or web page can be extracted, and anyone holding it can log in as any user of your app.

Example:
  CHATERR_SECRET_KEY=... chaterr usersig generate --user alice --sdkappid 1400000000 --expire 86400`,
    )
    .action(async (flags: KeyFlags & { user: string; sdkappid: number; expire?: number }) => {
      const [{ generateUserSig }] = await loadUserSig();
      const key = secretKey(io, flags);
      if (!key) throw new CliError(`no secret key: pass --key-file <path> or set ${KEY_ENV}`);
      if (flags.user.trim() === '') throw new CliError('--user must not be empty');
      const time = Math.floor(io.now().getTime() / 1000);
      io.stdout.write(`${generateUserSig({ identifier: flags.user, sdkAppId: flags.sdkappid, secretKey: key, expire: flags.expire ?? DEFAULT_EXPIRE_SECONDS, time })}\n`);
    });

  return usersig;
}
