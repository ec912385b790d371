export { createEditorStore, emptyDesign } from './editorStore';
export { EditorProvider, useEditor, useEditorStore } from './react';
export type { EditorActions, EditorState, EditorStore, SimulationView, Theme } from './types';
