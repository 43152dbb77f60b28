import { readFileSync, readdirSync } from 'node:fs';
import { AnalysisCache, CorpusIndex } from '../src/core/corpus';
const n = Number(process.argv[2] ?? 1000);
const dir = `bench/corpora/${n}`;
const docs = readdirSync(dir).filter(f=>f.endsWith('.txt')).sort().map(f=>({name:f,text:readFileSync(`${dir}/${f}`,'utf8')}));
(async()=>{
const cache = new AnalysisCache({read: async()=>readFileSync(`bench/corpora/cache-${n}.txt`,'utf8'), write: async()=>{}}, {version:'bench'});
await cache.load();
const index = new CorpusIndex({cache});
for (const d of docs) index.setDocument(d.name, d.text);
const { Session } = require('node:inspector');
const s = new Session(); s.connect();
const post = (m: string, p?: any) => new Promise<any>((res, rej) => s.post(m, p, (e: any, r: any) => e ? rej(e) : res(r)));
await post('Profiler.enable'); await post('Profiler.start');
let t=performance.now(); index.events(); console.log('events', performance.now()-t);
t=performance.now(); index.contradictions(); console.log('contra', performance.now()-t);
const { profile } = await post('Profiler.stop');
require('fs').rmSync('/tmp/prof5',{recursive:true,force:true}); require('fs').mkdirSync('/tmp/prof5',{recursive:true}); require('fs').writeFileSync('/tmp/prof5/g.cpuprofile', JSON.stringify(profile));
})();
