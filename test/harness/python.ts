import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { projectRoot } from '../../src/config';

/**
 * A Python of the tests' own, with the packages that read our exports the way analysts do
 * (networkx, igraph, lxml), installed from PyPI once into node_modules/.cache and kept there.
 * The versions are pinned so that a test means the same thing on every machine.
 */
const VENV = path.join(projectRoot(), 'node_modules', '.cache', 'stancegraph-python');
const PACKAGES = ['networkx==3.6.1', 'lxml==6.0.2', 'igraph==0.11.9'];
const PYTHON = path.join(VENV, 'bin', 'python');

/** The venv's python, made and filled on first use. */
export function ensurePython(): string {
  const stamp = path.join(VENV, `.packages-${PACKAGES.join('-')}`);
  if (fs.existsSync(stamp)) return PYTHON;
  if (!fs.existsSync(PYTHON)) execFileSync('python3', ['-m', 'venv', VENV], { stdio: 'pipe' });
  execFileSync(PYTHON, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', ...PACKAGES], { stdio: 'pipe', timeout: 300_000 });
  fs.writeFileSync(stamp, '');
  return PYTHON;
}

/**
 * Runs `script` with the venv's python, `args` as sys.argv[1:]; answers its stdout parsed as
 * JSON, or throws with its stderr. Asynchronous on purpose: a test's server runs in the same
 * process, and while a synchronous child blocked the event loop, the server's keep-alive timer
 * could not close an idle connection, so it closed it just as the next request was sent on it.
 */
export function runPython<T = any>(script: string, args: string[] = []): Promise<T> {
  const python = ensurePython();
  return new Promise((resolve, reject) => {
    execFile(python, ['-c', script, ...args], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`python failed (${error.code ?? error.signal}):\n${stderr}`));
      else resolve(JSON.parse(stdout) as T);
    });
  });
}
