# Independent hand-rule computation of the expected findings for the seed's Tabel 3.8 fixtures.
import re, json, sys
from decimal import Decimal as D, ROUND_HALF_UP
variant=sys.argv[1]
import os
src=open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'fixtures', 'budget-workbooks.ts')).read()
arr=src[src.index('SEED_TABEL38_LINES'):]
arr=arr[arr.index('= [')+2:arr.index('];')+1]
arr=re.sub(r',\s*\]$',']',arr)
lines=json.loads(arr)
def col(j): return chr(ord('B')+j)
def idfmt(v, dec=None):
    v=D(v)
    if dec is not None: v=v.quantize(D(1).scaleb(-dec),ROUND_HALF_UP)
    s=format(v,'f') if dec is not None else format(v.normalize(),'f'); neg=s.startswith('-'); s=s.lstrip('-')
    ip,_,fp=s.partition('.')
    g=''
    while len(ip)>3: g='.'+ip[-3:]+g; ip=ip[:-3]
    out=ip+g+(','+fp if fp else '')
    return ('-' if neg else '')+out
def pct(v,dec): return idfmt(v*100,dec)+'%'
# A cell reading: value, is_text, style(id/en/polos/native), lone(bool), doubtful(bool), decimals(for %)
def read_rupiah(t):
    t=re.sub(r'</?i>','',t).strip()
    if variant=='converted':
        m=re.fullmatch(r'(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?',t)
        if m:
            v=D(m.group(1).replace('.','')+('.'+m.group(2) if m.group(2) else ''))
            return dict(v=v,text=False,style='native',lone=False)
    if re.fullmatch(r'\d{1,3}(\.\d{3})+',t): return dict(v=D(t.replace('.','')),text=True,style='id',lone=t.count('.')==1,sep='.')
    if re.fullmatch(r'\d{1,3}(,\d{3})+',t): return dict(v=D(t.replace(',','')),text=True,style='en',lone=t.count(',')==1,sep=',')
    if re.fullmatch(r'\d{1,3}(\.\d{3})*,\d+',t): return dict(v=D(t.replace('.','').replace(',','.')),text=True,style='id',lone=False,sep='.')
    raise ValueError(t)
def read_persen(t):
    t=t.strip()
    m=re.fullmatch(r'(\d+)(?:([.,])(\d+))? ?%',t)
    dec=len(m.group(3)) if m.group(3) else 0
    v=D(m.group(1)+('.'+m.group(3) if m.group(3) else ''))/100
    if variant=='converted' and m.group(2)!='.': return dict(v=v,dec=dec,text=False,style='native')
    return dict(v=v,dec=dec,text=True,style='polos' if not m.group(2) else ('id' if m.group(2)==',' else 'en'))
nodes=[]
for i,l in enumerate(lines):
    if i<2: continue
    parts=l.split('\t'); idx=[j for j,p in enumerate(parts) if p.strip()!='']
    if not idx: continue
    row=8+i
    if parts[0].strip()=='JUMLAH':
        nums=[j for j in idx if j>0]
        nodes.append(dict(level='total',row=row,marker=None,name='JUMLAH',cells={'pagu':(parts[nums[0]],col(nums[0])),'real':(parts[nums[1]],col(nums[1])),'cap':(parts[nums[2]],col(nums[2]))})); continue
    texts=[(j,parts[j].strip()) for j in idx]
    numeric=[(j,t) for j,t in texts[1:] if re.fullmatch(r'(<i>)?[\d.,]+(</i>)?|[\d.,]+ ?%',t)]
    other=[(j,t) for j,t in texts if (j,t) not in numeric]
    marker=None; name=None; mcol=None; first=other[0][1] if other else ''
    if len(other)>=2 and re.fullmatch(r'[IVX]+|\d+\)?|-',other[0][1]): marker=other[0][1]; mcol=other[0][0]; name=other[1][1]
    elif other:
        m=re.match(r'^([IVX]+|\d+\)|\d+|-)\s+(.*)$',first)
        if m: marker=m.group(1); name=m.group(2); mcol=other[0][0]
        elif first=='-': marker='-'; name=''; mcol=other[0][0]
        else: name=first
    if marker is None and not numeric: nodes[-1]['name']+=' '+name; continue
    if marker=='-' and not numeric and not name: continue
    lvl='program' if re.fullmatch(r'[IVX]+',marker) else 'kegiatan' if re.fullmatch(r'\d+',marker) else 'sub' if marker.endswith(')') else 'rekening'
    nodes.append(dict(level=lvl,row=row,marker=marker,mcol=col(mcol),name=name,cells={'pagu':(numeric[0][1],col(numeric[0][0])),'real':(numeric[1][1],col(numeric[1][0])),'cap':(numeric[2][1],col(numeric[2][0]))}))
order=['program','kegiatan','sub','rekening']; stack=[]
for k,n in enumerate(nodes):
    n['children']=[]; n['k']=k
    for f in ('pagu','real'): n[f]=read_rupiah(n['cells'][f][0]); n[f]['cell']=n['cells'][f][1]+str(n['row'])
    n['cap']=read_persen(n['cells']['cap'][0]); n['cap']['cell']=n['cells']['cap'][1]+str(n['row'])
    if n['level']=='total': continue
    while stack and order.index(stack[-1]['level'])>=order.index(n['level']): stack.pop()
    if stack: stack[-1]['children'].append(k)
    stack.append(n)
doubt=lambda r: r['v']!=r['v'].to_integral_value()
# Converted variant: amounts Excel coerced (36,800 -> 36.8, 94,000 -> 94) read back x1000 where the
# numbers leave no doubt -- a parent's sum holds only so, or the row's capaian only so (NUM-02).
if variant=='converted':
    body=[n for n in nodes if n['level']!='total']; total=[n for n in nodes if n['level']=='total']
    def kids_of(n): return [m for m in body if m['level']=='program'] if n['level']=='total' else [nodes[c] for c in n['children']]
    for f in ('pagu','real'):
        vals=sorted(abs(n[f]['v']) for n in nodes); typical=vals[len(vals)//2]
        def suspect(r):
            x=abs(r['v'])
            return r['style']=='native' and x!=0 and (x*1000)==(x*1000).to_integral_value() and (x!=x.to_integral_value() or (x<1000 and typical>=100000))
        # three decimals are never Rupiah (sen have two): read back without more evidence
        fixed=set(id(n[f]) for n in nodes if suspect(n[f]) and -n[f]['v'].normalize().as_tuple().exponent==3)
        val=lambda r: r['v']*1000 if id(r) in fixed else r['v']
        for n in list(reversed(body))+total:
            kids=kids_of(n)
            if not kids: continue
            if sum(val(m[f]) for m in kids)==n[f]['v']: continue
            pend=[m[f] for m in kids if suspect(m[f]) and id(m[f]) not in fixed]
            if pend and sum((m[f]['v']*1000 if (id(m[f]) in fixed or any(m[f] is q for q in pend)) else m[f]['v']) for m in kids)==n[f]['v']:
                for q in pend: fixed.add(id(q))
            elif suspect(n[f]) and sum(val(m[f]) for m in kids)==n[f]['v']*1000: fixed.add(id(n[f]))
        for n in nodes:
            p,r,c=n['pagu'],n['real'],n['cap']
            if p['v']==0 or not suspect(n[f]) or id(n[f]) in fixed: continue
            near=lambda pv,rv: pv!=0 and abs(rv/pv-c['v'])<=D('0.0005')
            pv=p['v']*1000 if f=='pagu' else p['v']; rv=r['v']*1000 if f=='real' else r['v']
            if not near(p['v'],r['v']) and near(pv,rv): fixed.add(id(n[f]))
        for n in nodes:
            if id(n[f]) in fixed: n[f]['v']=n[f]['v']*1000; n[f]['fixed']=True
F=[]  # (row, colletter, insertion-rank, string)
def add(rule,cell,s,rank):
    m=re.fullmatch(r'([A-Z]+)(\d+)',cell); F.append((int(m.group(2)),m.group(1),rank,f'{rule} {cell}'+s))
R={'ANG-01':0,'ANG-02':1,'ANG-03':2,'ANG-04':3,'ANG-05':4,'NUM-01':5,'NUM-02':6,'NUM-03':7,'NUM-04':8}
for n in nodes:
    kids=[m for m in nodes if m['level']=='program'] if n['level']=='total' else [nodes[c] for c in n['children']]
    if not kids: continue
    for f in ('pagu','real'):
        if any(doubt(m[f]) for m in kids): continue
        s=sum(m[f]['v'] for m in kids)
        if s!=n[f]['v']: add('ANG-01' if n['level']!='total' else 'ANG-04', n[f]['cell'], f' {idfmt(s)} → {idfmt(n[f]["v"])}', R['ANG-01'] if n['level']!='total' else R['ANG-04'])
# ANG-03 where it originates
over={}
for n in nodes:
    over[n['k']]= not doubt(n['pagu']) and not doubt(n['real']) and n['real']['v']>n['pagu']['v']
for n in nodes:
    kids=[m['k'] for m in nodes if m['level']=='program'] if n['level']=='total' else n['children']
    if over[n['k']] and not any(over[c] for c in kids): add('ANG-03',n['real']['cell'],f' {idfmt(n["pagu"]["v"])} → {idfmt(n["real"]["v"])}',R['ANG-03'])
for n in nodes:
    p,r,c=n['pagu'],n['real'],n['cap']
    if doubt(p) or doubt(r) or p['v']==0: continue
    q=r['v']/p['v']
    if abs(q-c['v'])>D(5)*D(10)**(-(c['dec']+3)): add('ANG-02',c['cell'],f' {pct(q,max(2,c["dec"]))} → {pct(c["v"],c["dec"])}',R['ANG-02'])
def roman(n):
    vals=[(10,'X'),(9,'IX'),(5,'V'),(4,'IV'),(1,'I')]; s=''
    for v,sy in vals:
        while n>=v: s+=sy; n-=v
    return s
def ordinal(mk):
    if re.fullmatch(r'[IVX]+',mk): return next(i for i in range(1,40) if roman(i)==mk), lambda x: roman(x)
    m=re.fullmatch(r'(\d+)(\)?)',mk); suf=m.group(2); return int(m.group(1)), lambda x: f'{x}{suf}'
groups=[[m for m in nodes if m['level']=='program']]+[[nodes[c] for c in n['children']] for n in nodes]
for g in groups:
    last=0
    for m in g:
        if m['marker'] in (None,'-'): continue
        o,sty=ordinal(m['marker']); e=last+1
        if o==e: last=o
        elif o==last: add('ANG-05',m['mcol']+str(m['row']),f' {sty(e)} → {m["marker"]}',R['ANG-05'])
        else: add('ANG-05',m['mcol']+str(m['row']),f' {sty(e)} → {m["marker"]}',R['ANG-05']); last=max(o,e)
for f in ('pagu','real','cap'):
    cells=sorted([n[f] for n in nodes], key=lambda r:(int(r['cell'][1:]) if r['cell'][1:].isdigit() else 0, r['cell'][0]))
    cells=sorted([n[f] for n in nodes], key=lambda r:(int(re.sub(r'[A-Z]','',r['cell'])), r['cell'][0]))
    texts=[r for r in cells if r['text'] and not (f=='cap' and False)]
    if texts: add('NUM-01',texts[0]['cell'],'',R['NUM-01'])
    if f!='cap':
        certain=[r for r in cells if r['text'] and not r['lone']]
        dots=sum(1 for r in certain if r['sep']=='.'); commas=sum(1 for r in certain if r['sep']==',')
        dom='.' if dots>commas else ',' if commas>dots else None
        for r in cells:
            if r.get('lone') and r['sep']!=dom or r.get('fixed'): add('NUM-02',r['cell'],'',R['NUM-02'])
        for r in cells:
            if doubt(r): add('NUM-03',r['cell'],'',R['NUM-03'])
    styled=[r for r in cells if r['style']!='polos' and not r.get('lone')]
    ids=[r for r in styled if r['style']!='en']; ens=[r for r in styled if r['style']=='en']
    if ids and ens:
        mino=ens if len(ids)>=len(ens) else ids
        add('NUM-04',mino[0]['cell'],' 1.234.567,89 → 1,234,567.89',R['NUM-04'])
for x in sorted(F, key=lambda t:(t[0], len(t[1]), t[1], t[2])): print(f"    '{x[3]}',")
