export declare const BUILD_HEAP_MB: number;
export declare function withBuildHeap(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
