export function demoPage(): string { return '<!doctype html><title>sbk</title><sbk-answer></sbk-answer><script type="module" src="/widget.js"></script>' }
