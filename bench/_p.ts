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
let t=performance.now(); index.events(); console.log('events', performance.now()-t); t=performance.now(); index.contradictions(); console.log('contra', performance.now()-t);
for (let k=0;k<3;k++){ const d=docs[k*37]; t=performance.now(); index.setDocument(d.name, d.text+' très'); const t1=performance.now(); index.events(); const t2=performance.now(); index.contradictions(); console.log('incr set', t1-t, 'events', performance.now()-t1 - (performance.now()-t2), 'contra', performance.now()-t2);}
})();
