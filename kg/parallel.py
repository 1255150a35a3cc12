"""Running the per-article stage (parse + extract) in this process, a local process pool, or on a Dask cluster.

Each article's parse and extraction depend on that article alone, so they run wherever there is a core:
`run_serial` parses in this process, `run_pool` in a pool of forked processes that each keep one spaCy
pipeline, and `run_dask` as Dask tasks on a `distributed` cluster. All three stream one result per article
back as it is done (a bounded number in flight, so memory does not grow with the corpus) and return the
results in input order, so the cross-article stage sees the same list whichever ran it.
"""
from __future__ import annotations

import os
from typing import Callable, Iterator, Optional, Union

from kg.errors import InputError, KGError
from kg.ingest import Source
from kg.nlp import load_pipeline
from kg.resolve import ArticleExtraction

__all__ = ["Outcome", "available_cores", "default_processes", "run_dask", "run_pool", "run_serial"]

Outcome = Union[ArticleExtraction, InputError]
Tick = Callable[[int], None]
"""tick(n): n more articles are done."""

MIN_ARTICLES_PER_PROCESS = 8
"""Below this many articles per extra process, forking costs more than it saves."""


def available_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def default_processes(n_articles: int) -> int:
    """How many parser processes pay off for `n_articles`: every core, once each has enough articles."""
    return max(1, min(available_cores(), n_articles // MIN_ARTICLES_PER_PROCESS))


def _name(src: Source):
    return src.article.path or src.article.doc


def _failed(src: Source, e: Exception, stage: str = "extraction") -> InputError:
    from kg.bounds import BudgetExceeded

    if isinstance(e, BudgetExceeded):  # a hostile article: said as such, not as a bug
        return InputError(_name(src), f"{stage} stopped: it {e}; the article is left out")
    return InputError(_name(src), f"{stage} failed: {type(e).__name__}: {e}")


def _checked(src: Source, outcome: object) -> Outcome:
    """`outcome` when it is the result of `src`; otherwise `src`'s failure (never an article silently lost
    or given another's result)."""
    if isinstance(outcome, ArticleExtraction) and outcome.source.article.id == src.article.id:
        return outcome
    if isinstance(outcome, InputError) and outcome.path == str(_name(src)):
        return outcome
    got = "no result" if outcome is None else f"the result of another input ({type(outcome).__name__})"
    return InputError(_name(src), f"extraction failed: the parser returned {got}")


def _pickled(outcome: Outcome) -> tuple:
    # InputError takes (path, problem); the default exception pickling would call it with one argument
    if isinstance(outcome, InputError):
        return ("error", outcome.path, outcome.problem)
    return ("ok", outcome)


def _unpickled(item: tuple) -> Outcome:
    return InputError(item[1], item[2]) if item[0] == "error" else item[1]


def _task(sources: list[Source], pipeline: str, batch_size: int) -> list[tuple]:
    return [_pickled(o) for o in run_serial(sources, pipeline=pipeline, batch_size=batch_size)]


def _chunks(n: int, size: int) -> list[range]:
    return [range(i, min(i + size, n)) for i in range(0, n, size)]


def run_serial(sources: list[Source], *, pipeline: str, batch_size: int = 16, tick: Tick = lambda n: None) -> list[Outcome]:
    """Parse and extract every source in this process, in order: one ArticleExtraction (or the InputError) each.

    An article whose parse or extraction raises is that article's InputError; the others are still done.
    This is also the unit of work a pool process or a Dask worker runs; the pipeline is loaded once per process.
    """
    from kg.bounds import budget, chunks
    from kg.article import extract_article, join_pieces

    nlp = load_pipeline(pipeline)
    out: list[Outcome] = []
    # a long article is parsed in pieces (kg.bounds), so its cost grows linearly with its length
    pieces = [(k, a, b) for k, s in enumerate(sources) for a, b in chunks(s.clean)]
    parts: list[ArticleExtraction] = []
    failed: Optional[InputError] = None
    for (k, start, end), doc in zip(pieces, _parses(nlp, sources, pieces, batch_size)):
        src = sources[k]
        if isinstance(doc, Exception):
            failed = failed or _failed(src, doc, "parse")
        elif failed is None:
            try:
                with budget():  # kg.bounds: time and memory per article
                    parts.append(extract_article(src, doc, offset=start))
            except Exception as e:  # one article's failure never stops the others
                failed = _failed(src, e)
        if end == len(src.clean):  # the article's last piece
            out.append(failed if failed is not None else join_pieces(parts))
            parts, failed = [], None
            tick(1)
    return out


def _parses(nlp, sources: list[Source], pieces: list[tuple[int, int, int]], batch_size: int) -> Iterator:
    """One parsed Doc per piece, in order, or the exception its parse raised.

    Pieces are parsed in batches; when a batch raises, or runs past the budget (`kg.bounds.budget`: time, memory),
    its first piece is parsed alone, within the budget (to tell whose it is), and the stream starts again after it.
    """
    from kg.bounds import budget

    def text(j: int) -> str:
        k, a, b = pieces[j]
        return sources[k].clean[a:b]

    j = 0
    while j < len(pieces):
        stream = nlp.pipe((text(i) for i in range(j, len(pieces))), batch_size=batch_size)
        try:
            while j < len(pieces):
                with budget():
                    doc = next(stream)
                yield doc
                j += 1
            return
        except StopIteration:
            return
        except Exception:  # BudgetExceeded included
            try:
                with budget():
                    doc = nlp(text(j))
            except Exception as e:
                doc = e
            yield doc
            j += 1


def _pool_init(pipeline: str) -> None:
    load_pipeline(pipeline)  # already loaded when forked from a parent that loaded it


def run_pool(sources: list[Source], *, processes: int, pipeline: str, batch_size: int = 16, chunk: int = 4,
             tick: Tick = lambda n: None, started: Callable[[], object] = lambda: None) -> list[Outcome]:
    """Parse and extract in `processes` worker processes, `chunk` articles per task; results in input order.

    Forked workers share the pipeline the parent loaded (loaded here first, so a missing pipeline is
    one clear error rather than a broken pool). `started()` is called once every worker is forked (the
    pool forks them all at its first task), so it may start threads.
    """
    import multiprocessing as mp
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    load_pipeline(pipeline)
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    results: list[Optional[Outcome]] = [None] * len(sources)
    pending = iter(_chunks(len(sources), chunk))
    with ProcessPoolExecutor(max_workers=processes, mp_context=mp.get_context(method),
                             initializer=_pool_init, initargs=(pipeline,)) as pool:
        running = {}

        def submit() -> bool:
            r = next(pending, None)
            if r is None:
                return False
            running[pool.submit(_task, [sources[i] for i in r], pipeline, batch_size)] = r
            return True

        for _ in range(2 * processes):
            if not submit():
                break
        started()
        while running:
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for fut in done:
                r = running.pop(fut)
                try:
                    items = [_unpickled(item) for item in fut.result()]
                except BrokenProcessPool:
                    raise KGError(f"a parser process died while parsing {_name(sources[r[0]])} "
                                  "(out of memory?); try --processes 1") from None
                except Exception as e:  # the task itself failed (not one article): each of its articles is reported
                    items = [_failed(sources[i], e) for i in r]
                if len(items) != len(r):
                    items = [None] * len(r)
                for i, item in zip(r, items):
                    results[i] = _checked(sources[i], item)
                tick(len(r))
                submit()
    return [_checked(s, o) for s, o in zip(sources, results)]


def _dask_client(scheduler: Optional[str], workers: Optional[int]):
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise KGError("--scheduler/--workers need Dask's `distributed` package: "
                      "pip install 'kg[dask]' (or pip install distributed)") from None
    if scheduler:
        try:
            return Client(scheduler, timeout="20s"), None
        except (OSError, TimeoutError) as e:
            raise KGError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from None
    cluster = LocalCluster(n_workers=workers or available_cores(), threads_per_worker=1, processes=True,
                           dashboard_address=None)
    return Client(cluster), cluster


def run_dask(sources: list[Source], *, pipeline: str, scheduler: Optional[str] = None, workers: Optional[int] = None,
             batch_size: int = 16, in_flight: int = 0, tick: Tick = lambda n: None) -> list[Outcome]:
    """Parse and extract on a Dask cluster: one task per article, results streamed back as they finish.

    `scheduler` is the address of a running scheduler (`tcp://host:8786`); otherwise a local cluster of
    `workers` processes is started and stopped here. At most `in_flight` articles (default: 4 per worker
    thread) are on the cluster at once.
    """
    client, cluster = _dask_client(scheduler, workers)
    from distributed import as_completed

    try:
        threads = sum(client.nthreads().values()) or 1
        limit = in_flight or 4 * threads
        results: list[Optional[Outcome]] = [None] * len(sources)
        order = iter(range(len(sources)))
        index = {}

        def submit(i: int):
            fut = client.submit(_task, [sources[i]], pipeline, batch_size, pure=False, key=f"kg-article-{i}")
            index[fut.key] = i
            return fut

        first = [submit(i) for _, i in zip(range(limit), order)]
        stream = as_completed(first)
        for fut in stream:
            i = index.pop(fut.key)
            try:
                items = fut.result()
            except Exception as e:  # a worker lost, or kg missing on it
                raise KGError(f"the Dask task for {_name(sources[i])} failed: {type(e).__name__}: {e}") from None
            results[i] = _checked(sources[i], _unpickled(items[0]) if len(items) == 1 else None)
            fut.release()
            tick(1)
            nxt = next(order, None)
            if nxt is not None:
                stream.add(submit(nxt))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return [_checked(s, o) for s, o in zip(sources, results)]
