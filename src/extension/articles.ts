import * as vscode from 'vscode';
import { setting } from './config';

/**
 * Whether a document is a news article for Newsmark (the `newsmark.articles` glob or the news-article
 * language). Kept apart from the services: activation asks it before loading anything heavy.
 */
export function isArticle(document: vscode.TextDocument): boolean {
  if (document.languageId === 'news-article') return true;
  if (document.uri.scheme !== 'file' && document.uri.scheme !== 'vscode-remote' && document.uri.scheme !== 'untitled') return false;
  if (document.uri.path.includes('/node_modules/')) return false;
  return vscode.languages.match({ pattern: setting('articles') }, document) > 0;
}
