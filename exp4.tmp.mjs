import { connect } from '@tursodatabase/sync';
import { readdirSync, statSync, rmSync, mkdirSync, copyFileSync, openSync, readSync, closeSync, writeFileSync } from 'node:fs';
const dir = '/tmp/rx/d4'; rmSync(dir,{recursive:true,force:true}); mkdirSync(dir);
const ls = (l, d=dir) => console.log(l, readdirSync(d).map(f=>f+':'+statSync(d+'/'+f).size).join(' '));
let db = await connect({ path: dir+'/exam.db', url: () => null, clientName: 'x' });
await db.exec('CREATE TABLE t (id TEXT PRIMARY KEY, v TEXT)');
for (let i=0;i<50;i++) await db.run('INSERT INTO t VALUES (?,?)', 'id'+i, 'v'.repeat(500));
await db.close(); ls('after close');
db = await connect({ path: dir+'/exam.db', url: () => null, clientName: 'x' });
console.log('count reopen', await db.get('SELECT count(*) n FROM t'));
console.log(await db.all("SELECT name, sql FROM sqlite_schema WHERE name LIKE '%seq%' OR name='sqlite_sequence'"));
console.log(await db.all("SELECT * FROM __turso_internal_seq___turso_internal_autoincrement_turso_cdc").catch(e=>e.message));
console.log(await db.all("SELECT * FROM sqlite_sequence").catch(e=>e.message));
// concurrent copy of WAL during writes
mkdirSync(dir+'/snap');
let stop = false; let written = 0;
const writer = (async () => { while (!stop) { await db.run('INSERT INTO t VALUES (?,?)', 'w'+written, 'x'.repeat(300)); written++; } })();
await new Promise(r=>setTimeout(r,50));
copyFileSync(dir+'/exam.db', dir+'/snap/exam.db');
copyFileSync(dir+'/exam.db-info', dir+'/snap/exam.db-info');
copyFileSync(dir+'/exam.db-wal', dir+'/snap/exam.db-wal');
const at = written;
stop = true; await writer;
console.log('written at copy', at, 'total', written);
// plain open of a scratch copy
mkdirSync(dir+'/scratch'); for (const f of ['exam.db','exam.db-wal']) copyFileSync(dir+'/snap/'+f, dir+'/scratch/'+f);
const plain = await connect({ path: dir+'/scratch/exam.db' });
console.log('plain scratch count', await plain.get("SELECT count(*) n FROM t WHERE id LIKE 'w%'"), await plain.all('PRAGMA integrity_check'));
await plain.close(); ls('scratch after plain close', dir+'/scratch');
// sync open of snapshot
const s = await connect({ path: dir+'/snap/exam.db', url: () => null, clientName: 'x' });
console.log('sync snap count', await s.get("SELECT count(*) n FROM t WHERE id LIKE 'w%'"));
await s.run("INSERT INTO t VALUES ('after','1')");
console.log('cdc max', await s.get('SELECT max(change_id) m FROM turso_cdc'));
await s.exec('DELETE FROM turso_cdc WHERE change_id <= 10');
console.log('cdc min after delete', await s.get('SELECT min(change_id) m, count(*) n FROM turso_cdc'), await s.get("SELECT count(*) n FROM turso_cdc WHERE table_name='turso_cdc'"));
await s.close();
await db.close();
