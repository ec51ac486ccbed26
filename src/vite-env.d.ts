/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Set in the single-file build (build/standalone.ts). */
  readonly VITE_STANDALONE?: string;
  readonly VITE_CHRONICLE_STALL_MS?: string;
}
