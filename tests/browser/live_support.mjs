// Starts `cgsim serve --port 0` for a browser test and reads the port it prints; stop() sends
// Ctrl-C (SIGINT) and resolves with the exit code once the server has stopped.
import { spawn } from 'node:child_process';

export async function startServer(cgsim) {
  const child = spawn(cgsim, ['serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise(resolve => child.on('exit', code => resolve(code)));
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`cgsim serve printed no port within 60 s: ${output}`)), 60000);
    const read = chunk => {
      output += chunk;
      const m = output.match(/listening on http:\/\/[^\s]+ \(port (\d+)\)/);
      if (m) { clearTimeout(timer); resolve(Number(m[1])); }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', code => { clearTimeout(timer); reject(new Error(`cgsim serve exited (${code}): ${output}`)); });
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    async stop() {
      child.kill('SIGINT');
      const timeout = new Promise(resolve => setTimeout(() => resolve('timeout'), 20000));
      const code = await Promise.race([exited, timeout]);
      if (code === 'timeout') { child.kill('SIGKILL'); throw new Error('cgsim serve did not stop on SIGINT within 20 s'); }
      return code;
    },
  };
}

export function check(condition, message) {
  if (!condition) throw new Error(message);
}
