export declare const BUILD_HEAP_MB: number;
export declare const ALLOCATOR_ENV: Readonly<Record<string, string>>;
export declare function withBuildHeap(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
