/**
 * Atomic output: the build writes into a temporary sibling directory and only a complete, valid
 * build replaces `build/` (two renames). A lock file keeps two concurrent builds apart.
 */
import { closeSync, cpSync, existsSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

export class LockedError extends Error {}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Takes `<out>.lock` exclusively; a lock left by a dead process is taken over. Holding the lock,
 * it also clears what a killed build left behind: temporary directories, and — if a build died
 * between its two renames — puts the previous build back in place.
 */
export function acquireLock(outDir: string): () => void {
  const release = takeLock(outDir)
  recoverFromCrash(outDir)
  return release
}

function recoverFromCrash(outDir: string) {
  const dir = dirname(outDir)
  const base = basename(outDir)
  if (!existsSync(dir)) return
  const leftovers = readdirSync(dir).filter((n) => n.startsWith(`.${base}-tmp-`) || n.startsWith(`.${base}-old-`))
  const old = leftovers.find((n) => n.startsWith(`.${base}-old-`))
  if (!existsSync(outDir) && old) renameSync(join(dir, old), outDir)
  for (const n of leftovers) if (existsSync(join(dir, n))) rmSync(join(dir, n), { recursive: true, force: true })
}

function takeLock(outDir: string): () => void {
  const path = `${outDir.replace(/\/$/, '')}.lock`
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx')
      writeSync(fd, String(process.pid))
      closeSync(fd)
      return () => rmSync(path, { force: true })
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
      const pid = Number(readFileSync(path, 'utf8').trim())
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
        throw new LockedError(`another index build (pid ${pid}) is running: wait for it to finish (lock: ${path})`)
      }
      rmSync(path, { force: true })
    }
  }
  throw new LockedError(`cannot take the lock ${path}`)
}

export function tempDirFor(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}-tmp-${process.pid}`)
}

/**
 * Replaces outDir with tmpDir. Files of the old build that this step did not produce (the widget
 * bundle, written by another step) are carried over first.
 */
export function swapInto(tmpDir: string, outDir: string) {
  if (existsSync(outDir)) {
    for (const name of readdirSync(outDir)) {
      if (!existsSync(join(tmpDir, name))) cpSync(join(outDir, name), join(tmpDir, name), { recursive: true })
    }
    const old = join(dirname(outDir), `.${basename(outDir)}-old-${process.pid}`)
    renameSync(outDir, old)
    renameSync(tmpDir, outDir)
    rmSync(old, { recursive: true, force: true })
  } else {
    renameSync(tmpDir, outDir)
  }
}
