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
const ev = index.events();
const sizes = ev.map(e=>[e.mentions.length, e.id] as const).sort((a,b)=>b[0]-a[0]);
console.log(sizes.slice(0,10), ev.length, ev.reduce((s,e)=>s+e.mentions.length,0));
let m=0; for (const d of docs) m+=index.document(d.name)!.mentions.length; console.log('mentions', m);
})();
