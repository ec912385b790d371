export { createEditorStore, emptyDesign } from './editorStore';
export { EditorProvider, useEditor, useEditorStore } from './react';
export type { EditorActions, EditorState, EditorStore, HistoryLabel, SimulationView, Theme } from './types';
export { historyLabelText } from './labels';
