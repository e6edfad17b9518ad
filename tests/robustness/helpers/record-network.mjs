// Preloaded into every Node process of a test build (NODE_OPTIONS=--import=this file), it writes a line to
// FOOTNOTED_NETWORK_LOG for every outgoing TCP connection and every DNS lookup, before letting it proceed.
// Plain JavaScript: npm itself runs on the system Node, which loads it too.
import dns from 'node:dns';
import { appendFileSync } from 'node:fs';
import net from 'node:net';

const log = process.env.FOOTNOTED_NETWORK_LOG;

function record(what) {
  if (log) appendFileSync(log, `${process.pid} ${process.argv.slice(1, 3).join(' ')}: ${what}\n`);
}

// net.connect() hands Socket#connect its arguments normalised into one array; direct calls pass them as is.
function describeTarget(args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (first && typeof first === 'object')
    return first.path ? undefined : `${first.host ?? 'localhost'}:${first.port}`;
  if (typeof first === 'number' || /^\d+$/.test(String(first))) return `${args[1] ?? 'localhost'}:${first}`;
  return undefined; // a path: a local socket or pipe, not the network
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const target = describeTarget(args);
  if (target) record(`connect ${target}`);
  return connect.apply(this, args);
};

const lookup = dns.lookup;
dns.lookup = function (hostname, ...rest) {
  record(`lookup ${hostname}`);
  return lookup.call(this, hostname, ...rest);
};
