# helpers for writing specs
def P(t, **ctx): return ("p", t, ctx)
def B(t, **ctx): return ("b", t, ctx)
def C(t, **ctx): return ("c", t, ctx)
def R(t, **ctx): return ("r", t, ctx)
def H(t, **ctx): return ("h", t, ctx)
def LI(t, **ctx): return ("li", t, ctx)
def SM(t, **ctx): return ("small", t, ctx)
PB = ("pb",)
def T(**kw): return ("table", kw)
def sign(name, cargo, inst):
    return [P(""), P("Atentamente,"), P(""), C("______________________________"), C("**" + name + "**"), C(cargo), C(inst)]
def sign_en(name, cargo, inst):
    return [P(""), P("Sincerely,"), P(""), C("______________________________"), C("**" + name + "**"), C(cargo), C(inst)]
