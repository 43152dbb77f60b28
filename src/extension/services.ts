import * as vscode from 'vscode';
import { Annotator } from './annotator';
import { AnnotatorsTree } from './annotatorsTree';
import { ArticleEditors } from './articleEditors';
import { setting } from './config';
import { EditorCommands } from './commands';
import { GuidedStart } from './guidedStart';
import { ExportCommands } from './exportCommands';
import { CorpusViews } from './corpusViews';
import { Detector } from './detector';
import { AnnotationHoverProvider } from './hover';
import { KeyedDebouncer, reportingErrors } from './lifecycle';
import { fullNamesOf } from '../core/detect/personKey';
import { markActivation } from './marks';
import type { CommandRegistrar } from './lifecycle';
import type { ServicesHost } from './shell';
import { ArticleStore } from './store';
import { TeamCommands } from './teamCommands';
import { ComparePanel, type CompareTarget } from './comparePanel';
import { TimelinePanel } from './timelinePanel';

/** Everything that needs core (sessions, sidecars, detection, the corpus): dist/services.js. */
export interface Services {
  store: ArticleStore;
  editors: ArticleEditors;
  corpus: CorpusViews;
  hover: AnnotationHoverProvider;
  detector: Detector;
  timeline: TimelinePanel;
  compare: ComparePanel;
  /** Detects a short sample once, when nothing was detected yet: called when the extension host is idle. */
  warmUp(): void;
}

/**
 * The first detection in a fresh extension host runs several times slower than the next ones (V8 compiles
 * the detectors, the lexicons are built): `warmUp` pays that on a sample, in idle time, rather than on the
 * first article opened. French and English, with people, dates, durations and quotes.
 */
const WARM_UP_SAMPLE = [
  "PARIS, 12 mars 2025 — Le président Emmanuel Macron a reçu mardi à l'Élysée son homologue Volodymyr Zelensky pendant près de deux heures.",
  "« Nous soutiendrons l'Ukraine aussi longtemps qu'il le faudra », a déclaré M. Macron le 11 mars. Selon Jean-Noël Barrot, une réunion aura lieu en avril à Bruxelles.",
  'On Tuesday, March 11, President Donald Trump said "we will see" after a call of almost three hours.',
].join('\n\n');

/**
 * A surname alone in one article is the person another article names in full: the corpus index's people,
 * given in full, go to every session after each indexing pass and, once indexing is over, after each change.
 */
function shareKnownNames(corpus: CorpusViews, store: ArticleStore): vscode.Disposable[] {
  const debounce = new KeyedDebouncer();
  const share = () => store.setKnownNames(fullNamesOf(corpus.service.index.people()));
  return [
    debounce,
    corpus.service.onDidFinishPass(share),
    // During a pass every article changes the index: the pass's end shares them once.
    corpus.service.index.onDidChange(() => {
      if (!corpus.service.indexing) debounce.schedule('knownNames', 300, share);
    }),
  ];
}

/**
 * Composition root of the services, loaded on first need by activation (extension.ts): builds them, passes
 * each its dependencies, fills in the commands and views activation registered, and hands every disposable
 * to the context. Nothing here waits for the corpus: it is indexed in the background.
 */
export function createServices(host: ServicesHost): Services {
  const { context } = host;
  const register: CommandRegistrar = (id, handler) => host.registerCommand(`newsmark.${id}`, reportingErrors(handler));
  const detector = new Detector((message) => console.warn(`[newsmark] ${message}`));
  const store = new ArticleStore(() => setting('save.debounceMs'), detector);
  const annotator = new Annotator();
  store.stamp = () => annotator.stamp();
  const editors = new ArticleEditors(store, host.decorations, detector);
  const corpus = new CorpusViews(host, store, register, detector);
  const commands = new EditorCommands(store, editors, () => corpus.eventChoices());
  const hover = new AnnotationHoverProvider(store);
  const annotators = new AnnotatorsTree(host, (uri) => corpus.service.fileOf(uri));
  const guidedStart = new GuidedStart(context.extensionUri, context.globalStorageUri, () => corpus.service);
  const compare = new ComparePanel(context, corpus);
  const timeline = new TimelinePanel(context, corpus, (id) => compare.compare(id));

  context.subscriptions.push(
    // First: VS Code disposes subscriptions in order, and the store's disposal cancels pending writes.
    { dispose: () => void store.flush() },
    store,
    annotator,
    editors,
    corpus,
    ...commands.register(register),
    ...new TeamCommands(store).register(register),
    annotators,
    ...annotators.register(register),
    guidedStart,
    ...guidedStart.register(register),
    ...new ExportCommands(corpus.service, store).register(register),
    ...shareKnownNames(corpus, store),
    register('showCorpus', async () => {
      await vscode.commands.executeCommand('workbench.view.extension.newsmark');
      corpus.start();
    }),
    detector,
    compare,
    timeline,
    register('showTimeline', () => void timeline.show()),
    register('compareSources', (target?: CompareTarget) => compare.compare(target)),
    // Here rather than at activation: without the services there is no session, hence nothing to say.
    vscode.languages.registerHoverProvider([{ scheme: 'file' }, { scheme: 'vscode-remote' }, { scheme: 'untitled' }], hover),
  );
  const warmUp = () => {
    if (detector.detections === 0) detector.detectOnce(WARM_UP_SAMPLE);
    markActivation('services/warm');
  };
  return { store, editors, corpus, hover, detector, timeline, compare, warmUp };
}
